/**
 * TP-3 across two weeks: a race week whose next Monday holds another race keeps its Sunday
 * for that race's eve — a short shake-out, not one more of the first race's recovery runs.
 */
import { describe, expect, it } from "vitest";
import { policy } from "../src/constants.ts";
import type { ScenarioInput } from "../src/schema/scenario.ts";
import { validatePlan } from "../src/validate/validate.ts";
import { raceGoal } from "./race-goal.ts";
import { planOf } from "./scenario-arbitrary.ts";

const scenario: ScenarioInput = {
  startDate: "2027-01-04",
  seed: 169274,
  athlete: { level: "advanced", birthYear: 1978 },
  constraints: { longRunDay: "fri", weekdayMaxMin: 60, strength: false },
  goals: [
    raceGoal("trail-10k", "2027-06-07", "A", { surface: "trail" }),
    raceGoal("road-10k", "2027-06-14", "B"),
  ],
};

describe("a Monday race a week after another", () => {
  it("runs only a shake-out on the Sunday between them", () => {
    const plan = planOf(scenario);
    expect(validatePlan(plan).filter((f) => f.rule === "TP-3")).toEqual([]);
    const eve = plan.weeks.flatMap((w) => w.days).find((d) => d.date === "2027-06-13");
    const runs = eve?.workouts.filter((w) => w.type !== "rest") ?? [];
    for (const run of runs) expect(run.durationMin).toBeLessThanOrEqual(policy.shakeOutMin);
  });
});
