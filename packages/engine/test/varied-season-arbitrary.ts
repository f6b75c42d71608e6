import fc from "fast-check";
import { addDays } from "../src/dates.ts";
import type { ScenarioInput } from "../src/schema/scenario.ts";
import {
  distances,
  gainPerKm,
  lastRaceDate,
  start,
  steadyHistory,
  volume,
} from "./realistic-season-arbitrary.ts";
import { share } from "./scenario-arbitrary.ts";

/**
 * Seasons of runners whose weekly volume fits their level (as in
 * `realistic-season-arbitrary.ts`), in every arrangement the format allows: 2–4 races of any
 * priority in any order, one week to six months apart, on any weekday; rest days, a long-run
 * day, short weekdays, few run days; any age. At least one race is an A goal.
 */

const days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

const race = fc.record({
  gapDays: fc.integer({ min: 7, max: 182 }),
  /** Weekend races most often, any weekday now and then (0 is Monday). */
  weekday: fc.constantFrom(5, 6, 5, 6, 0, 1, 2, 3, 4),
  pick: share,
  surface: fc.constantFrom("road", "trail", "mountain"),
  priority: fc.constantFrom("A", "B", "C"),
});

export const variedSeasonArbitrary: fc.Arbitrary<ScenarioInput> = fc
  .record({
    level: fc.constantFrom("beginner", "intermediate", "advanced"),
    volumeAt: share,
    history: fc.boolean(),
    firstWeeks: fc.integer({ min: 4, max: 12 }),
    races: fc.array(race, { minLength: 2, maxLength: 4 }),
    restDays: fc.subarray([...days], { maxLength: 2 }),
    longRunDay: fc.option(fc.constantFrom("fri", "sat", "sun"), { nil: undefined }),
    weekdayMaxMin: fc.option(fc.integer({ min: 60, max: 150 }), { nil: undefined }),
    runDays: fc.constantFrom(undefined, 3, 4, 5, 6),
    strength: fc.boolean(),
    birthYear: fc.integer({ min: 1950, max: 2005 }),
    seed: fc.integer({ min: 1, max: 1_000_000 }),
  })
  .map((x): ScenarioInput => {
    const [lo, hi] = volume[x.level];
    const weekly = Math.round(lo + (hi - lo) * x.volumeAt);
    const choices = distances[x.level];
    const firstMonday = addDays(start, x.firstWeeks * 7);
    let date = firstMonday;
    const goals = x.races
      .map((r, i) => {
        date = i === 0 ? addDays(firstMonday, r.weekday) : addDays(date, r.gapDays);
        const distanceKm = choices[Math.floor(r.pick * choices.length)] ?? 10;
        // A mountain 5K is rare: short races on a mountain run on trail.
        const surface = distanceKm <= 21.1 && r.surface === "mountain" ? "trail" : r.surface;
        return {
          id: `g${i + 1}`,
          name: `Race ${i + 1}`,
          date,
          distanceKm,
          surface,
          elevationGainM: Math.round(gainPerKm[surface] * distanceKm),
          priority: r.priority,
        };
      })
      .filter((g) => g.date <= lastRaceDate);
    const last = goals.at(-1);
    if (last && !goals.some((g) => g.priority === "A")) last.priority = "A";
    const restDays = x.restDays.filter((d) => d !== x.longRunDay);
    return {
      startDate: start,
      seed: x.seed,
      athlete: {
        level: x.level,
        birthYear: x.birthYear,
        ...(x.history ? { history: { weeks: steadyHistory(weekly) } } : {}),
      },
      constraints: {
        ...(x.runDays ? { maxRunDaysPerWeek: x.runDays } : {}),
        restDays,
        ...(x.longRunDay ? { longRunDay: x.longRunDay } : {}),
        ...(x.weekdayMaxMin ? { weekdayMaxMin: x.weekdayMaxMin } : {}),
        strength: x.strength,
      },
      goals,
    };
  });
