/**
 * An advanced runner with no history (the usual week assumed at 5 h 30) starting a mountain
 * 100-miler on five days with strength: the week's strength and climbing count in its load,
 * and PR-3's ceiling over the assumed weeks held the first week at 295 minutes, two under
 * PR-4's 90%, and warned. Scaled back to the band's floor it fits under the ceiling.
 */
import { describe, expect, it } from "vitest";
import type { Week } from "../src/schema/plan.ts";
import { validatePlan } from "../src/validate/validate.ts";
import { planOf } from "./scenario-arbitrary.ts";
import { trainingRunMin } from "./week-minutes.ts";

describe("the first week of a runner without history, held by PR-3's load cap", () => {
  const plan = planOf({
    startDate: "2027-01-04",
    seed: 1,
    athlete: { level: "advanced", birthYear: 1985 },
    constraints: { maxRunDaysPerWeek: 5, strength: true },
    goals: [
      {
        id: "g",
        date: "2027-08-08",
        distanceKm: 161,
        surface: "mountain",
        elevationGainM: 9660,
        priority: "A",
      },
    ],
  });

  it("runs at least 90% of the usual week, with nothing to tell about PR-4", () => {
    const usual = plan.athleteProfile.chronicWeeklyMin;
    const first = trainingRunMin(plan.weeks[0] as Week);
    expect(first).toBeGreaterThanOrEqual(0.9 * usual);
    expect(first).toBeLessThanOrEqual(1.1 * usual);
    expect(validatePlan(plan).filter((f) => f.rule === "PR-4")).toEqual([]);
    expect(plan.warnings.filter((w) => w.rule === "PR-4")).toEqual([]);
    expect(validatePlan(plan).filter((f) => f.severity === "error")).toEqual([]);
  });
});
