/**
 * SP-2 on short weekdays. A strength session goes beside an easy run, and on weekdays capped
 * by `weekdayMaxMin` the two share the day's minutes (CON-3). The session grows with the
 * week's running; sized past what a weekday holds, it found no day, and the big weeks of the
 * specific block went without strength. It is now sized to fit. When the easy run wants the
 * whole weekday and a day without running is free, strength goes there instead: beside a
 * 30-minute run on a 50-minute Friday, the week's running fell 20% under its target.
 */
import { describe, expect, it } from "vitest";
import { addDays } from "../src/dates.ts";
import { validatePlan } from "../src/validate/validate.ts";
import { planOf } from "./scenario-arbitrary.ts";
import { threeDayFiftyKPlan } from "./three-day-fifty-k.ts";

const weekOf185Min = (start: string) => ({
  start,
  minutes: 185,
  runs: 4,
  longestRunMin: 46,
  vertM: 0,
});

const race = (id: string, date: string, km: number, gain: number, priority: "B" | "C") => ({
  id,
  date,
  distanceKm: km,
  surface: "trail" as const,
  elevationGainM: gain,
  priority,
});

describe("strength beside an easy run on a 47-min weekday", () => {
  const plan = planOf({
    startDate: "2026-12-07",
    seed: 81356,
    athlete: {
      level: "advanced",
      history: {
        // Twelve steady weeks of 185 min.
        weeks: Array.from({ length: 12 }, (_, i) => weekOf185Min(addDays("2026-09-14", 7 * i))),
      },
    },
    constraints: {
      maxRunDaysPerWeek: 7,
      longRunDay: "sun",
      maxLongRunMin: 291,
      maxWeeklyMin: 660,
      weekdayMaxMin: 47,
    },
    goals: [
      race("g1", "2027-01-17", 50, 500, "C"),
      race("g2", "2027-05-27", 100, 3000, "B"),
      { ...race("g3", "2027-08-14", 100, 6000, "C"), surface: "mountain" as const },
      race("g4", "2027-08-23", 161, 4830, "B"),
    ],
  });

  it("holds strength in every base, build and specific week (SP-2)", () => {
    const loading = plan.weeks.filter(
      (w) => ["base", "build", "specific"].includes(w.phase) && w.kind !== "race",
    );
    const without = loading.filter(
      (w) => !w.days.some((d) => d.workouts.some((x) => x.type === "strength")),
    );
    expect(loading.length).toBeGreaterThan(10);
    expect(without.map((w) => w.index)).toEqual([]);
    const errors = validatePlan(plan).filter((f) => f.severity === "error" && f.rule === "SP-2");
    expect(errors).toEqual([]);
  });

  it("never asks a weekday for more than its 47 minutes (CON-3)", () => {
    for (const week of plan.weeks)
      for (const day of week.days.slice(0, 5)) {
        if (day.workouts.some((w) => w.type === "race")) continue; // the athlete's choice
        const minutes = day.workouts.reduce((s, w) => s + w.durationMin, 0);
        expect(minutes, day.date).toBeLessThanOrEqual(47);
      }
  });
});

describe("strength when the easy run wants the whole weekday", () => {
  const weekdayMaxMin = 50;
  const plan = threeDayFiftyKPlan(300, 100, { restDays: ["sat"], weekdayMaxMin });
  const base = plan.weeks.filter((w) => w.phase === "base" && w.kind === "base");
  const offRunning = new Set(["strength", "mobility", "rest"]);

  it("goes to a free weekday, and the base weeks' easy runs fill their day", () => {
    expect(base.length).toBeGreaterThanOrEqual(3);
    for (const week of base) {
      const easy = week.days.flatMap((d) => d.workouts).filter((x) => x.type === "easy");
      expect(easy.length, `week ${week.index}`).toBeGreaterThan(0);
      for (const run of easy) expect(run.durationMin, `week ${week.index}`).toBe(weekdayMaxMin);
      const strengthDay = week.days.find((d) => d.workouts.some((x) => x.type === "strength"));
      const alone = strengthDay?.workouts.every((x) => offRunning.has(x.type));
      expect(alone, `week ${week.index}`).toBe(true);
    }
  });
});
