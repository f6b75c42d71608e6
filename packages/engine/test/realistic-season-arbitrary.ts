import fc from "fast-check";
import { addDays } from "../src/dates.ts";
import type { ScenarioInput } from "../src/schema/scenario.ts";
import { share } from "./scenario-arbitrary.ts";

/**
 * Seasons a runner would plan: a weekly volume that fits the level, distances that fit the
 * volume, 2–4 weekend races three to twenty weeks apart ending with an A goal, sometimes a
 * week's holiday. The random seasons of `multi-goal-arbitrary.ts` also pair a 56-minute
 * week with a 100-miler; these are the plans most runners will ask for.
 */

export const volume = {
  beginner: [90, 200],
  intermediate: [180, 420],
  advanced: [300, 660],
} as const;
export const distances = {
  beginner: [5, 10, 21.1],
  intermediate: [5, 10, 21.1, 42.2, 50],
  advanced: [10, 21.1, 42.2, 50, 80, 100, 161],
} as const;
export const gainPerKm = { road: 3, trail: 30, mountain: 60 } as const;
export const start = "2027-01-04";
/** The plan's reach (PH-1 refuses races further out than 78 weeks). */
export const lastRaceDate = addDays(start, 75 * 7);

/** Four weeks of `weekly` minutes before the season starts. */
export const steadyHistory = (weekly: number) =>
  [4, 3, 2, 1].map((k) => ({
    start: addDays(start, -7 * k),
    minutes: weekly,
    runs: 4,
    longestRunMin: Math.round(weekly * 0.3),
    vertM: 200,
  }));

const race = fc.record({
  gapWeeks: fc.integer({ min: 3, max: 20 }),
  /** Saturday, Sunday, or now and then Friday or Monday. */
  weekday: fc.constantFrom(5, 6, 5, 6, 4, 7),
  pick: share,
  surface: fc.constantFrom("road", "trail", "mountain"),
  priority: fc.constantFrom("A", "B", "C"),
});

export const realisticSeasonArbitrary: fc.Arbitrary<ScenarioInput> = fc
  .record({
    level: fc.constantFrom("beginner", "intermediate", "advanced"),
    volumeAt: share,
    history: fc.boolean(),
    firstWeeks: fc.integer({ min: 8, max: 24 }),
    races: fc.array(race, { minLength: 2, maxLength: 4 }),
    away: fc.option(
      fc.record({ week: fc.integer({ min: 2, max: 40 }), days: fc.integer({ min: 2, max: 9 }) }),
      { nil: undefined },
    ),
    runDays: fc.constantFrom(undefined, undefined, 3, 4, 5, 6),
    strength: fc.boolean(),
    seed: fc.integer({ min: 1, max: 1_000_000 }),
  })
  .map((x): ScenarioInput => {
    const [lo, hi] = volume[x.level];
    const weekly = Math.round(lo + (hi - lo) * x.volumeAt);
    const choices = distances[x.level];
    let monday = addDays(start, x.firstWeeks * 7);
    const goals = x.races.map((r, i) => {
      if (i > 0) monday = addDays(monday, r.gapWeeks * 7);
      const distanceKm = choices[Math.floor(r.pick * choices.length)] ?? 10;
      // Road for the short races on a mountain: a mountain 5K is rare.
      const surface = distanceKm <= 21.1 && r.surface === "mountain" ? "trail" : r.surface;
      return {
        id: `g${i + 1}`,
        name: `Race ${i + 1}`,
        date: addDays(monday, r.weekday - 7),
        distanceKm,
        surface,
        elevationGainM: Math.round(gainPerKm[surface] * distanceKm),
        priority: r.priority,
      };
    });
    // Races past the plan's reach are left out; the season ends on an A goal.
    const reached = goals.filter((g) => g.date <= lastRaceDate);
    const last = reached.at(-1);
    if (last) last.priority = "A";
    const history = steadyHistory(weekly);
    // A holiday never covers a race day (the scenario would be refused).
    const holiday = x.away && {
      from: addDays(start, x.away.week * 7 + 1),
      to: addDays(start, x.away.week * 7 + x.away.days),
    };
    const unavailable =
      holiday && reached.every((g) => g.date < holiday.from || g.date > holiday.to)
        ? [holiday]
        : [];
    return {
      startDate: start,
      seed: x.seed,
      athlete: {
        level: x.level,
        birthYear: 1985,
        ...(x.history ? { history: { weeks: history } } : {}),
      },
      constraints: {
        ...(x.runDays ? { maxRunDaysPerWeek: x.runDays } : {}),
        unavailable,
        strength: x.strength,
      },
      goals: reached,
    };
  });
