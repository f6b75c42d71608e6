/**
 * PR-4's first week near the usual week, when the race is so close that the plan opens in
 * its taper: the week runs under the band by design (TP-2), and the runner is told so. A
 * 10K six days after the start opened at 48% of the usual week, unwarned.
 */
import { describe, expect, it } from "vitest";
import { rules } from "../src/constants.ts";
import { validatePlan } from "../src/validate/validate.ts";
import { planOf } from "./scenario-arbitrary.ts";

const plan = planOf({
  startDate: "2027-06-07",
  seed: 1,
  athlete: {
    level: "intermediate",
    history: {
      weeks: ["2027-05-10", "2027-05-17", "2027-05-24", "2027-05-31"].map((start) => ({
        start,
        minutes: 300,
        runs: 5,
        longestRunMin: 120,
      })),
    },
  },
  goals: [
    {
      id: "city",
      date: "2027-06-13",
      distanceKm: 10,
      surface: "road",
      elevationGainM: 100,
      priority: "A",
    },
  ],
});

describe("a plan that opens with its race's taper", () => {
  const first = plan.weeks[0];

  it("runs its first week under PR-4's band, as the taper falls", () => {
    expect(first?.phase).toBe("race");
    expect(first?.totals.runMin).toBeLessThan(
      rules.firstWeekBand[0] * plan.athleteProfile.chronicWeeklyMin,
    );
  });

  it("says why", () => {
    const warning = plan.warnings.find((w) => w.code === "FIRST_WEEK_BELOW_USUAL");
    expect(warning?.rule).toBe("PR-4");
    expect(warning?.message).toMatch(/^The race is so close that the plan opens with its taper/);
  });

  it("breaks no rule", () => {
    expect(validatePlan(plan).filter((f) => f.severity === "error")).toEqual([]);
  });
});
