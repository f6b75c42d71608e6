import { describe, expect, it } from "vitest";
import { imperialText, inDisplayUnits } from "./display-units.ts";
import { zurichPlan } from "./plans.test-util.ts";

describe("imperialText", () => {
  it.each([
    [
      "1544 m of climbing for a race with 2200 m (SP-1).",
      "5,066 ft of climbing for a race with 7,218 ft (SP-1).",
    ],
    ["21.1 km", "13.1 mi"],
    ["The race climbs 2200 m; 45 min easy", "The race climbs 7,218 ft; 45 min easy"],
    ["long run 2 h 26, 1.3× the last four weeks", "long run 2 h 26, 1.3× the last four weeks"],
    ["Canyon 50K", "Canyon 50K"],
  ])("%s", (metric, imperial) => {
    expect(imperialText(metric)).toBe(imperial);
  });
});

describe("inDisplayUnits", () => {
  it("leaves a metric plan as it is", () => {
    expect(inDisplayUnits(zurichPlan)).toBe(zurichPlan);
  });

  it("changes only text, never the plan's numbers, and not the plan passed in", () => {
    const imperial = {
      ...zurichPlan,
      scenario: { ...zurichPlan.scenario, units: "imperial" as const },
    };
    const before = JSON.stringify(imperial);
    const shown = inDisplayUnits(imperial);
    expect(JSON.stringify(imperial)).toBe(before);
    const numbers = (text: string) => JSON.parse(text, (_, v) => (typeof v === "string" ? "" : v));
    expect(numbers(JSON.stringify(shown))).toEqual(numbers(before));
    const whys = shown.weeks.map((w) => w.why).join(" ");
    expect(whys).not.toMatch(/\d m\b/);
    expect(whys).toMatch(/\d ft of climbing/);
  });
});

describe("a workout's title in imperial units", () => {
  const imperial = {
    ...zurichPlan,
    scenario: { ...zurichPlan.scenario, units: "imperial" as const },
  };
  const withTitle = (title: string) => {
    const [week] = imperial.weeks;
    const [day] = week?.days ?? [];
    const [workout] = day?.workouts ?? [];
    if (!week || !day || !workout) throw new Error("no workout in the first week");
    const plan = {
      ...imperial,
      weeks: [{ ...week, days: [{ ...day, workouts: [{ ...workout, title }] }] }],
    };
    return inDisplayUnits(plan).weeks[0]?.days[0]?.workouts[0]?.title;
  };

  it("names kilometre reps in miles", () => {
    expect(withTitle("Half-marathon pace 2 × 3 km / 3 min")).toBe(
      "Half-marathon pace 2 × 1.9 mi / 3 min",
    );
  });

  it("keeps track reps in metres", () => {
    expect(withTitle("Intervals 8 × 800 m / 400 m jog")).toBe("Intervals 8 × 800 m / 400 m jog");
  });
});
