import { describe, expect, it } from "vitest";
import { hillStridesSession } from "./quality-session.ts";
import { totalMinutes } from "./steps.ts";

describe("hillStridesSession (SP-2 inside an easy run)", () => {
  it("keeps the length it is given, with fewer uphill strides in a short run", () => {
    for (let minutes = 16; minutes <= 90; minutes++) {
      const s = hillStridesSession(3, minutes);
      expect(totalMinutes(s.steps), `${minutes} min`).toBe(minutes);
      expect(s.title).toMatch(new RegExp(`^Easy run ${minutes} min with [2-6] × 1 min uphill$`));
    }
    expect(hillStridesSession(3, 20).title).toBe("Easy run 20 min with 3 × 1 min uphill");
    expect(hillStridesSession(3, 60).title).toBe("Easy run 60 min with 6 × 1 min uphill");
  });
});
