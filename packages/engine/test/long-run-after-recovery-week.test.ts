/**
 * LR-1 after a recovery week of easy running. A beginner of about 170 minutes a week races a
 * road half in April and two trail 5Ks, in June and September. The week after the June
 * race's recovery (easy runs of 47–50 minutes, no long run) grew its long run from the
 * taper's 27-minute one by the road's 15% steps: a 31-minute long run, shorter than every run
 * of the week before, and a 5K block of 92–150 minutes a week. The long run now grows from
 * the longest run of a week without one: LR-1's step reads from a long run, and the 30 days'
 * longest holds it.
 */
import { describe, expect, it } from "vitest";
import { raceGoal } from "./race-goal.ts";
import { planOf } from "./scenario-arbitrary.ts";
import { errorsOf } from "./season-errors.ts";

const plan = planOf({
  startDate: "2027-01-04",
  seed: 999990,
  athlete: {
    level: "beginner",
    birthYear: 1985,
    history: {
      weeks: ["2026-12-07", "2026-12-14", "2026-12-21", "2026-12-28"].map((start) => ({
        start,
        minutes: 172,
        runs: 4,
        longestRunMin: 52,
        vertM: 200,
      })),
    },
  },
  constraints: {
    maxRunDaysPerWeek: 4,
    unavailable: [{ from: "2027-02-23", to: "2027-03-03" }],
    strength: true,
  },
  goals: [
    raceGoal("g1", "2027-04-16", "A", { distanceKm: 21.1, surface: "road", elevationGainM: 63 }),
    raceGoal("g2", "2027-06-04", "A", { distanceKm: 5, surface: "trail", elevationGainM: 150 }),
    raceGoal("g3", "2027-09-17", "A", { distanceKm: 5, surface: "trail", elevationGainM: 150 }),
  ],
});

const longestRunOf = (week: (typeof plan.weeks)[number]) =>
  Math.max(
    0,
    ...week.days
      .flatMap((d) =>
        d.workouts.filter((w) => !["race", "strength", "mobility", "cross"].includes(w.type)),
      )
      .map((w) => w.durationMin),
  );

describe("the week after a recovery of easy running", () => {
  const recoveries = plan.weeks.filter(
    (w, i) => w.phase === "recovery" && plan.weeks[i + 1]?.phase === "base",
  );

  it("runs a long run no shorter than the recovery's longest run", () => {
    expect(recoveries.length).toBe(2);
    for (const recovery of recoveries) {
      const next = plan.weeks[recovery.index + 1];
      expect(recovery.totals.longRunMin).toBe(0);
      expect(next?.totals.longRunMin, next?.why).toBeGreaterThanOrEqual(longestRunOf(recovery));
    }
  });

  it("keeps the last 5K's block near the runner's usual week, within the rules", () => {
    const block = plan.weeks.filter((w) => w.goalId === "g3" && w.kind === "build");
    for (const week of block) expect(week.totals.runMin, week.why).toBeGreaterThan(150);
    expect(errorsOf(plan)).toEqual([]);
  });
});
