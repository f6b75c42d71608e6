/**
 * MG-1: a B race gets a mini-taper of 4–7 days. A race midweek has only two or three days of
 * its own week before it, so its mini-taper reaches into the weekend before: that weekend's
 * long run moves before it (a Saturday long run four days before a Wednesday half is no
 * mini-taper), and the days left run lighter than the weeks of training did.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Day, Plan, Week } from "../src/schema/plan.ts";
import { validatePlan } from "../src/validate/validate.ts";
import { seasonArbitrary } from "./multi-goal-arbitrary.ts";
import { raceGoal } from "./race-goal.ts";
import { steadyHistory } from "./realistic-season-arbitrary.ts";
import { planOf } from "./scenario-arbitrary.ts";
import { trainingRunMin } from "./week-minutes.ts";

const notTraining = new Set(["rest", "strength", "mobility", "cross", "race"]);
const runMinOf = (days: Day[]) =>
  days
    .flatMap((d) => d.workouts)
    .filter((w) => !notTraining.has(w.type))
    .reduce((sum, w) => sum + w.durationMin, 0);
const holdsLongRun = (days: Day[]) =>
  days.some((d) => d.workouts.some((w) => w.type === "long" || w.type === "medium-long"));

/** The four days before the race on `date`, and the last full loading week before them. */
function lastDaysBefore(plan: Plan, date: string): { days: Day[]; loading?: Week } {
  const all = plan.weeks.flatMap((w) => w.days);
  const raceDay = all.findIndex((d) => d.date === date);
  const raceWeek = Math.floor(raceDay / 7);
  const loading = plan.weeks
    .slice(0, raceWeek)
    .findLast((w) => w.kind === "base" || w.kind === "build" || w.kind === "peak");
  return { days: all.slice(raceDay - 4, raceDay), ...(loading ? { loading } : {}) };
}

const seasonWithB = (date: string, race: Parameters<typeof raceGoal>[3]) =>
  planOf({
    startDate: "2027-01-04",
    seed: 7,
    athlete: { level: "intermediate", history: { weeks: steadyHistory(360) } },
    constraints: { maxRunDaysPerWeek: 5, strength: true },
    goals: [
      raceGoal("b", date, "B", race),
      raceGoal("a", "2027-09-12", "A", { distanceKm: 80, surface: "trail" }),
    ],
  });

describe.each([
  ["a Wednesday half marathon", "2027-05-12", { distanceKm: 21.1 }],
  ["a Thursday trail 50K", "2027-05-13", { distanceKm: 50, surface: "trail" as const }],
])("a B race midweek: %s", (_, date, race) => {
  const plan = seasonWithB(date, race);
  const { days, loading } = lastDaysBefore(plan, date);

  it("holds no long run in its last four days: the weekend's moves before them", () => {
    expect(holdsLongRun(days)).toBe(false);
    const weekBefore = plan.weeks.find((w) => w.days.includes(days[0] as Day)) as Week;
    expect(weekBefore.days.some((d) => d.workouts.some((w) => w.type === "long"))).toBe(true);
    expect(weekBefore.why).toMatch(/its last days ease into b's mini-taper \(MG-1\)/);
  });

  it("runs less a day in them than in the last full week of training", () => {
    if (!loading) throw new Error("no loading week before the race");
    expect(runMinOf(days) / 4).toBeLessThan(trainingRunMin(loading) / 7);
  });

  it("breaks no rule", () => {
    expect(validatePlan(plan).filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("any season's B races", () => {
  it("hold no long run in their last four days when the athlete's weekdays are open", () => {
    fc.assert(
      fc.property(seasonArbitrary, (scenario) => {
        // A capped weekday can't take the long run: the weekend keeps it, a shorter one.
        if (scenario.constraints?.weekdayMaxMin !== undefined) return;
        const plan = planOf(scenario);
        const away = scenario.constraints?.unavailable ?? [];
        for (const goal of plan.goals.filter((g) => g.mode === "b-race")) {
          const { days } = lastDaysBefore(plan, goal.date);
          const nearAway = away.some((u) => u.to >= (days[0]?.date ?? "") && u.from <= goal.date);
          if (days.length < 4 || nearAway) continue;
          expect(holdsLongRun(days), `${goal.id} ${goal.date}`).toBe(false);
        }
      }),
      { numRuns: 400, seed: 5 },
    );
  }, 120_000);
});
