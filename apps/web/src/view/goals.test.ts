import { describe, expect, it } from "vitest";
import { distanceLabel, goalLooks, shareParts, sharesText } from "./goals.ts";

const goal = (id: string, date: string, distanceKm: number, name?: string) => ({
  id,
  date,
  distanceKm,
  priority: "A" as const,
  ...(name ? { name } : {}),
});

describe("goal looks", () => {
  it("names distances the way runners do", () => {
    expect(distanceLabel(21.1)).toBe("HM");
    expect(distanceLabel(42.195)).toBe("M");
    expect(distanceLabel(50)).toBe("50K");
    expect(distanceLabel(161)).toBe("100 mi");
    expect(distanceLabel(33.4)).toBe("33K");
  });

  it("orders goals by date and keeps two of one distance apart by name", () => {
    const plan = {
      goals: [goal("b", "2027-06-01", 50, "Canyon"), goal("a", "2027-04-01", 50, "Forest")],
    };
    const looks = goalLooks(plan);
    expect(looks.map((l) => l.label)).toEqual(["Forest", "Canyon"]);
    expect(looks[0]?.color).not.toBe(looks[1]?.color);
  });

  it("writes a contribution line, largest first, without zero parts", () => {
    const looks = goalLooks({
      goals: [
        goal("hm", "2027-04-11", 21.1),
        goal("ultra", "2027-06-05", 50),
        goal("c", "2027-07-01", 10),
      ],
    });
    const parts = shareParts({ hm: 0.2, ultra: 0.8, c: 0 }, looks);
    expect(sharesText(parts)).toBe("50K 80% · HM 20%");
  });
});
