/**
 * RC-1 in a race week: after a race that recovers in days (5K to half) the day after rests
 * and the days left run easy, at the first recovery week's level, instead of resting to
 * Sunday; after a marathon or longer the week rests and its recovery weeks follow.
 */
import { describe, expect, it } from "vitest";
import { generatePlan } from "../src/generate.ts";
import type { Plan, Workout } from "../src/schema/plan.ts";
import { lockWorkout } from "../src/steer/lock.ts";
import { regenerate } from "../src/steer/regenerate.ts";
import { validatePlan } from "../src/validate/validate.ts";

const history = ["2027-01-04", "2027-01-11", "2027-01-18", "2027-01-25"].map((start) => ({
  start,
  minutes: 240,
  runs: 5,
  longestRunMin: 80,
}));

function planFor(distanceKm: number, date: string): Plan {
  const result = generatePlan(
    {
      startDate: "2027-02-01",
      athlete: { history: { weeks: history } },
      goals: [{ id: "race", date, distanceKm, priority: "A" }],
    },
    { today: "2027-01-30" },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const runsAfter = (plan: Plan, date: string): { date: string; runs: Workout[] }[] => {
  const week = plan.weeks.find((w) => w.days.some((d) => d.date === date));
  return (week?.days ?? [])
    .filter((d) => d.date > date)
    .map((d) => ({
      date: d.date,
      runs: d.workouts.filter((w) => !["rest", "strength", "mobility", "cross"].includes(w.type)),
    }));
};

describe("the days after a race in its own week", () => {
  it("run easy again after a day's rest when the race recovers in days (a Monday 10K)", () => {
    const plan = planFor(10, "2027-04-19");
    const [dayAfter, ...rest] = runsAfter(plan, "2027-04-19");
    expect(dayAfter?.runs).toEqual([]);
    const runs = rest.flatMap((d) => d.runs);
    expect(runs.length).toBeGreaterThanOrEqual(3);
    for (const run of runs) {
      expect(run.intensity).toBe("easy");
      expect(run.durationMin).toBeGreaterThanOrEqual(20);
      expect(run.durationMin).toBeLessThanOrEqual(45);
    }
    expect(validatePlan(plan).filter((f) => f.severity === "error")).toEqual([]);
    // The week's target counts them, so its bar shows what the week holds.
    const raceWeek = plan.weeks.find((w) => w.phase === "race");
    const recoveryMin = runs.reduce((sum, run) => sum + run.durationMin, 0);
    expect(raceWeek?.targets.volumeMin).toBeGreaterThanOrEqual(recoveryMin * 0.8);
  });

  it("keep a locked run's day when the week is built again: one run a day", () => {
    const plan = planFor(10, "2027-04-19");
    const index = plan.weeks.findIndex((w) => w.phase === "race");
    const [, , ...rest] = runsAfter(plan, "2027-04-19");
    const kept = rest.flatMap((d) => d.runs)[0];
    if (!kept) throw new Error("no recovery run to lock");
    const locked = lockWorkout(plan, kept.id, true);
    if (!locked.ok) throw new Error(JSON.stringify(locked.error));
    for (const seed of [1, 2, 3]) {
      const result = regenerate(locked.value, { kind: "week", index }, seed);
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      // Built again, not refused for a second run on the locked run's day.
      expect(result.value.changed).toBe(true);
      for (const day of result.value.plan.weeks[index]?.days ?? []) {
        const runs = day.workouts.filter((w) => !["rest", "strength", "mobility"].includes(w.type));
        expect(runs.length, day.date).toBeLessThanOrEqual(1);
      }
    }
  });

  it("rest to the week's end after a marathon, whose recovery weeks follow", () => {
    const plan = planFor(42.2, "2027-05-03");
    expect(runsAfter(plan, "2027-05-03").flatMap((d) => d.runs)).toEqual([]);
  });
});
