/**
 * PR-2 after a recovery week that holds a training race: the next block rebuilds from the
 * last full week before the season's race, as after any lighter week, not from the few
 * minutes the recovery week ran beside its race.
 */
import { describe, expect, it } from "vitest";
import type { ScenarioInput } from "../src/schema/scenario.ts";
import { validatePlan } from "../src/validate/validate.ts";
import { raceGoal } from "./race-goal.ts";
import { planOf } from "./scenario-arbitrary.ts";

const scenario: ScenarioInput = {
  startDate: "2027-01-04",
  seed: 772911,
  athlete: { level: "intermediate", birthYear: 1973 },
  constraints: { maxRunDaysPerWeek: 3, restDays: ["fri"], longRunDay: "sat", strength: true },
  goals: [
    raceGoal("50k", "2027-06-07", "B", { distanceKm: 50, surface: "trail", elevationGainM: 150 }),
    // Ten days after the 50K: inside its recovery, so a training race.
    raceGoal("5k-june", "2027-06-17", "B", { distanceKm: 5, surface: "trail" }),
    raceGoal("5k-july", "2027-07-13", "B", { distanceKm: 5, surface: "trail" }),
    raceGoal("5k-sept", "2027-09-14", "A", { distanceKm: 5, surface: "trail" }),
  ],
};

describe("a block after a recovery week holding a training race", () => {
  it("starts near the last full week before the race, within the rules", () => {
    const plan = planOf(scenario);
    expect(validatePlan(plan).filter((f) => f.severity === "error")).toEqual([]);
    const raceWeek = plan.weeks.findIndex((w) => w.phase === "race" && w.goalId === "50k");
    const lastFull = plan.weeks[raceWeek - 1];
    const recovery = plan.weeks[raceWeek + 1];
    const rebuild = plan.weeks[raceWeek + 2];
    expect(recovery?.phase).toBe("recovery");
    expect(recovery?.days.some((d) => d.workouts.some((w) => w.type === "race"))).toBe(true);
    expect(rebuild?.goalId).toBe("5k-july");
    // Before the fix the rebuild ran 42 minutes after weeks of 155; now 229 after 289, PR-3's
    // 1.2 over the four weeks before it (the race's week, its recovery) holding it there.
    expect(rebuild?.totals.runMin).toBeGreaterThan(0.75 * (lastFull?.totals.runMin ?? 0));
  });
});
