/**
 * An advanced runner of about 520 minutes a week with an 80K in September and a 50K in
 * December, both A. RC-1's very easy days ran for half the 80K's 21 hard-free days and the
 * first recovery week held three runs, so it ran 120 minutes; PR-2 ramps every week after it
 * from there, and the 50K's block peaked at 233 minutes, under half the athlete's usual week.
 * The very easy days are now the first third (seven after a 100K), the first recovery week
 * after a race shorter than a 100-miler runs four days, and the rebuild starts higher.
 */
import { describe, expect, it } from "vitest";
import { daysBetween } from "../src/dates.ts";
import { raceGoal } from "./race-goal.ts";
import { steadyHistory } from "./realistic-season-arbitrary.ts";
import { planOf } from "./scenario-arbitrary.ts";
import { errorsOf } from "./season-errors.ts";

const usualWeekMin = 520;
const plan = planOf({
  startDate: "2027-01-04",
  seed: 27,
  athlete: { level: "advanced", birthYear: 1985, history: { weeks: steadyHistory(usualWeekMin) } },
  constraints: { strength: true },
  goals: [
    raceGoal("g1", "2027-09-11", "A", { distanceKm: 80, surface: "trail", elevationGainM: 2400 }),
    raceGoal("g2", "2027-12-11", "A", { distanceKm: 50, surface: "trail", elevationGainM: 1500 }),
  ],
});
const runsOf = (week: (typeof plan.weeks)[number]) =>
  week.days.flatMap((d) =>
    d.workouts.filter(
      (w) => w.durationMin > 0 && !["strength", "mobility", "cross"].includes(w.type),
    ),
  );

describe("the rebuild after an 80K's recovery", () => {
  const recovery = plan.weeks.filter((w) => w.goalId === "g1" && w.phase === "recovery");

  it("runs four days in the first recovery week, easy runs past the race's first week", () => {
    const [first] = recovery;
    expect(first).toBeDefined();
    if (!first) return;
    expect(runsOf(first)).toHaveLength(4);
    const laterDays = first.days.filter((d) => daysBetween("2027-09-11", d.date) > 7);
    const easy = laterDays.flatMap((d) => d.workouts).filter((w) => w.type === "easy");
    expect(easy.length).toBeGreaterThan(0);
  });

  it("brings the 50K's loading weeks back over 40% of the usual week", () => {
    const loading = plan.weeks.filter(
      (w) => w.goalId === "g2" && ["base", "build", "peak"].includes(w.kind),
    );
    expect(loading.length).toBeGreaterThan(4);
    for (const week of loading)
      expect(week.totals.volumeMin, week.startDate).toBeGreaterThanOrEqual(0.4 * usualWeekMin);
  });

  it("leaves a plan with no error", () => {
    expect(errorsOf(plan)).toEqual([]);
  });
});
