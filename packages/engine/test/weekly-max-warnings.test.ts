/**
 * PR-4's warnings name the athlete's weekly maximum when it is what keeps the plan under their
 * usual week: a beginner of 90 minutes a week capped at 45 was told their days held too little
 * ("allow longer weekday runs or more run days") and that the ramp held the peak back, and
 * the first week's why said it ran close to the usual week.
 */
import { describe, expect, it } from "vitest";
import type { ScenarioInput } from "../src/schema/scenario.ts";
import { steadyHistory } from "./realistic-season-arbitrary.ts";
import { planOf } from "./scenario-arbitrary.ts";

const scenario = (maxWeeklyMin?: number): ScenarioInput => ({
  startDate: "2027-01-04",
  athlete: { level: "beginner", birthYear: 1990, history: { weeks: steadyHistory(90) } },
  constraints: { strength: true, ...(maxWeeklyMin ? { maxWeeklyMin } : {}) },
  goals: [
    {
      id: "spring-5k",
      date: "2027-03-20",
      distanceKm: 5,
      surface: "road",
      elevationGainM: 0,
      priority: "A",
    },
  ],
});

describe("a weekly maximum under the usual week", () => {
  it("is named as the cause of a first week and a peak under the usual", () => {
    const warnings = planOf(scenario(45)).warnings;
    const first = warnings.find((w) => w.code === "FIRST_WEEK_BELOW_USUAL");
    expect(first?.message).toMatch(
      /^Your weekly maximum of 45 min \(strength and mobility included\) is under what you usually run: .* Raise the maximum/,
    );
    const peak = warnings.find((w) => w.code === "PEAK_BELOW_RANGE");
    expect(peak?.message).toMatch(/your weekly maximum of 45 min .* caps them/);
  });

  it("tells the first week as under the usual, capped by the maximum", () => {
    const [first] = planOf(scenario(45)).weeks;
    expect(first?.why).toMatch(
      /^First week at \d+ min of running, under the 1 h 30 a week you have run lately \(PR-4\); capped by your weekly maximum \(PR-4\)\./,
    );
  });

  it("leaves the days' and the ramp's wording when no maximum is set", () => {
    const warnings = planOf(scenario()).warnings;
    expect(warnings.some((w) => /weekly maximum/.test(w.message))).toBe(false);
  });
});
