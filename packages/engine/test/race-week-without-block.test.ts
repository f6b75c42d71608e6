/**
 * A 100-miler five weeks after an 80K, both A races (the season's default keeps both): the
 * 100-miler's block is a recovery and a taper, with no loading week of its own. Its race week
 * was held to TP-2's 40–60% of the 80K block's peak, three 73-minute runs after a taper week
 * of 114 minutes: a load 1.55× the four weeks before it (PR-3). TP-2 reads a block's own
 * peak, and this one has none: its race week only falls.
 */
import { describe, expect, it } from "vitest";
import { validatePlan } from "../src/validate/validate.ts";
import { raceGoal } from "./race-goal.ts";
import { steadyHistory } from "./realistic-season-arbitrary.ts";
import { planOf } from "./scenario-arbitrary.ts";

describe("a race week whose block has no loading week", () => {
  const plan = planOf({
    startDate: "2027-01-04",
    seed: 185534,
    athlete: { level: "advanced", birthYear: 1957, history: { weeks: steadyHistory(509) } },
    constraints: { maxRunDaysPerWeek: 5, restDays: ["sat"], longRunDay: "fri", weekdayMaxMin: 146 },
    goals: [
      raceGoal("g1", "2027-03-20", "A"),
      raceGoal("g2", "2027-07-27", "C", { distanceKm: 21.1, surface: "trail" }),
      raceGoal("g3", "2027-11-27", "A", { distanceKm: 80, surface: "trail" }),
      raceGoal("g4", "2027-12-31", "A", { distanceKm: 161, surface: "trail" }),
    ],
  });
  const raceWeekAt = plan.weeks.findIndex((w) => w.goalId === "g4" && w.phase === "race");
  const [taper, race] = [plan.weeks[raceWeekAt - 1], plan.weeks[raceWeekAt]];
  const training = (w: typeof race) =>
    (w?.totals.runMin ?? 0) -
    (w?.days.flatMap((d) => d.workouts).find((x) => x.type === "race")?.durationMin ?? 0);

  it("runs no more than the taper week before it, and keeps PR-3", () => {
    expect(taper?.phase).toBe("taper");
    expect(training(race)).toBeLessThanOrEqual(training(taper));
    expect(validatePlan(plan).filter((f) => f.rule === "PR-3")).toEqual([]);
  });
});
