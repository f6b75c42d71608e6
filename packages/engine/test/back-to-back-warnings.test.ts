/**
 * LR-4 for an ultra: a back-to-back weekend every 2–3 weeks of its specific and peak weeks,
 * or a warning that says why not. A block of fewer than three such weeks is read whole: a
 * 50K four weeks after the plan's start, its two weeks of long runs of about an hour and no
 * back-to-back, had no warning.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { categoryOf, isUltra, rules } from "../src/constants.ts";
import type { Plan, Week } from "../src/schema/plan.ts";
import type { ScenarioInput } from "../src/schema/scenario.ts";
import { seasonArbitrary } from "./multi-goal-arbitrary.ts";
import { planOf, scenarioArbitrary } from "./scenario-arbitrary.ts";

const runs = Math.min(Number(process.env.CAIRN_PROPERTY_RUNS ?? 1000), 300);

const holdsBackToBack = (week: Week) =>
  week.days.some(
    (d, i) =>
      d.workouts.some((w) => w.type === "long") &&
      [week.days[i - 1], week.days[i + 1]].some((n) =>
        n?.workouts.some((w) => w.type === "medium-long"),
      ),
  );

/** The peaked ultras with specific and peak weeks whose every window of up to three lacks one. */
function missingBackToBacks(plan: Plan): string[] {
  return plan.goals
    .filter((g) => g.mode === "peak" && isUltra(categoryOf(g.distanceKm)))
    .filter((g) => {
      const block = plan.weeks.filter(
        (w) => w.goalId === g.id && (w.phase === "specific" || w.phase === "peak"),
      );
      if (block.length < 2) return false;
      const gap = Math.min(rules.backToBackMaxGapWeeks, block.length);
      return block.some(
        (_, i) => i + gap <= block.length && !block.slice(i, i + gap).some(holdsBackToBack),
      );
    })
    .map((g) => g.id);
}

const warned = (plan: Plan, id: string) =>
  plan.warnings.some(
    (w) => w.code === "FEW_BACK_TO_BACKS" && (plan.goals.length === 1 || w.id.endsWith(`-${id}`)),
  );

function holds(scenario: ScenarioInput): void {
  const plan = planOf(scenario);
  for (const id of missingBackToBacks(plan)) expect(warned(plan, id), id).toBe(true);
}

describe("LR-4's back-to-backs in an ultra's specific and peak weeks", () => {
  it("warn a two-week block without one", () => {
    const plan = planOf({
      startDate: "2027-02-08",
      seed: 16,
      athlete: { birthYear: 1961 },
      constraints: { maxRunDaysPerWeek: 4, restDays: ["sat", "sun"] },
      goals: [
        {
          id: "goal",
          date: "2027-03-08",
          distanceKm: 50,
          surface: "trail",
          elevationGainM: 500,
          priority: "A",
        },
      ],
    });
    expect(missingBackToBacks(plan)).toEqual(["goal"]);
    expect(warned(plan, "goal")).toBe(true);
  });

  it("are there or warned in any single-goal plan", () => {
    fc.assert(fc.property(scenarioArbitrary, holds), { numRuns: runs, seed: 20261207 });
  }, 300_000);

  it("are there or warned for every ultra of a season", () => {
    fc.assert(fc.property(seasonArbitrary, holds), { numRuns: runs, seed: 20261207 });
  }, 300_000);
});
