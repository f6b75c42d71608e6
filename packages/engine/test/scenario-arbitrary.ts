import fc from "fast-check";
import { addDays } from "../src/dates.ts";
import { generatePlan } from "../src/generate.ts";
import type { Plan } from "../src/schema/plan.ts";
import type { ScenarioInput } from "../src/schema/scenario.ts";

/** Random single-goal scenarios across every distance, level, history, constraint set and runway. */

const today = "2026-11-25";
export const propertyToday = today;

/** The plan of a generated scenario; a refusal fails the property with the engine's reasons. */
export function planOf(scenario: ScenarioInput): Plan {
  const result = generatePlan(scenario, { today });
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  return result.value;
}

const days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
const distances = [3, 5, 10, 15, 21.1, 30, 42.2, 45, 50, 60, 80, 100, 120, 161, 170];

type HistoryKind = "none" | "steady" | "inconsistent" | "high-volume";

function history(
  kind: HistoryKind,
  start: string,
  baseMin: number,
  noise: number[],
  vertPerMin: number,
) {
  if (kind === "none") return undefined;
  const weeks = noise.map((n, i) => {
    // Inconsistent: some weeks missed, never the whole record (that is a restart, not a history).
    const gap = kind === "inconsistent" && n < 0.25 && i % 3 === 1;
    const scale = kind === "inconsistent" ? 0.55 + n * 0.9 : 0.9 + n * 0.2;
    const base = kind === "high-volume" ? baseMin * 2.2 : baseMin;
    const minutes = gap ? 0 : Math.round(base * scale);
    return {
      start: addDays(start, (i - noise.length) * 7),
      minutes,
      runs: minutes === 0 ? 0 : 4 + Math.round(n * 2),
      longestRunMin: Math.round(minutes * (0.25 + n * 0.1)),
      vertM: Math.round(minutes * vertPerMin),
    };
  });
  return { weeks };
}

/**
 * A share in [0, 1), spread evenly: `fc.double` draws the ends of its range nine times in ten,
 * which made nearly every realistic season a 5K at the level's lowest volume. (The arbitrary
 * below still draws its gain density, history noise and weekly ceiling that way.)
 */
export const share = fc.integer({ min: 0, max: 999 }).map((n) => n / 1000);

export const scenarioArbitrary: fc.Arbitrary<ScenarioInput> = fc
  .record({
    startOffsetWeeks: fc.integer({ min: 1, max: 30 }),
    runwayWeeks: fc.integer({ min: 2, max: 40 }),
    raceWeekday: fc.integer({ min: 0, max: 6 }),
    distanceKm: fc.constantFrom(...distances),
    surface: fc.constantFrom("road", "trail", "mountain"),
    gainPerKm: fc.double({ min: 0, max: 1, noNaN: true }),
    level: fc.constantFrom(undefined, "beginner", "intermediate", "advanced"),
    historyKind: fc.constantFrom<HistoryKind>("none", "steady", "inconsistent", "high-volume"),
    historyBaseMin: fc.integer({ min: 200, max: 480 }),
    historyNoise: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
      minLength: 4,
      maxLength: 12,
    }),
    vertPerMin: fc.constantFrom(0, 1, 2, 4),
    maxRunDays: fc.option(fc.integer({ min: 3, max: 7 }), { nil: undefined }),
    restDays: fc.subarray([...days], { maxLength: 3 }),
    longRunDay: fc.option(fc.constantFrom(...days), { nil: undefined }),
    maxLongRunMin: fc.option(fc.integer({ min: 90, max: 360 }), { nil: undefined }),
    /** A weekly ceiling above what the athlete runs now (× their usual week). */
    maxWeeklyOfUsual: fc.option(fc.double({ min: 1.2, max: 3, noNaN: true }), { nil: undefined }),
    weekdayMaxMin: fc.option(fc.integer({ min: 45, max: 150 }), { nil: undefined }),
    unavailable: fc.array(
      fc.record({
        fromWeek: fc.integer({ min: 0, max: 40 }),
        lengthDays: fc.integer({ min: 1, max: 10 }),
      }),
      {
        maxLength: 2,
      },
    ),
    strength: fc.option(fc.boolean(), { nil: undefined }),
    birthYear: fc.option(fc.integer({ min: 1950, max: 2008 }), { nil: undefined }),
    seed: fc.integer({ min: 0, max: 1_000_000 }),
  })
  .map((r) => {
    const startDate = addDays("2026-11-30", r.startOffsetWeeks * 7);
    const raceDate = addDays(startDate, r.runwayWeeks * 7 + r.raceWeekday);
    const gainDensity =
      r.surface === "road"
        ? r.gainPerKm * 8
        : r.surface === "trail"
          ? 10 + r.gainPerKm * 40
          : 40 + r.gainPerKm * 40;
    const restDays = r.longRunDay ? r.restDays.filter((d) => d !== r.longRunDay) : r.restDays;
    const unavailable = r.unavailable
      .map((u) => ({
        from: addDays(startDate, u.fromWeek * 7 + 1),
        to: addDays(startDate, u.fromWeek * 7 + u.lengthDays),
      }))
      .filter((u) => !(raceDate >= u.from && raceDate <= u.to));
    const hist = history(r.historyKind, startDate, r.historyBaseMin, r.historyNoise, r.vertPerMin);
    const usualWeekMin = Math.max(...(hist?.weeks.map((w) => w.minutes) ?? [330]), 330);
    // A beginner with no record is planned for distances up to the half marathon; ultras and
    // the marathon ask for some training history or a stated level above beginner.
    const level =
      !hist && r.distanceKm > 21.2 && (r.level === undefined || r.level === "beginner")
        ? "intermediate"
        : r.level;
    const scenario: ScenarioInput = {
      startDate,
      seed: r.seed,
      athlete: {
        ...(level ? { level } : {}),
        ...(r.birthYear ? { birthYear: r.birthYear } : {}),
        ...(hist ? { history: hist } : {}),
      },
      constraints: {
        ...(r.maxRunDays !== undefined ? { maxRunDaysPerWeek: r.maxRunDays } : {}),
        restDays,
        ...(r.longRunDay ? { longRunDay: r.longRunDay } : {}),
        ...(r.maxLongRunMin !== undefined ? { maxLongRunMin: r.maxLongRunMin } : {}),
        ...(r.maxWeeklyOfUsual !== undefined
          ? { maxWeeklyMin: Math.min(3000, Math.round(usualWeekMin * r.maxWeeklyOfUsual)) }
          : {}),
        ...(r.weekdayMaxMin !== undefined ? { weekdayMaxMin: r.weekdayMaxMin } : {}),
        unavailable,
        ...(r.strength !== undefined ? { strength: r.strength } : {}),
      },
      goals: [
        {
          id: "goal",
          date: raceDate,
          distanceKm: r.distanceKm,
          surface: r.surface,
          elevationGainM: Math.round(gainDensity * r.distanceKm),
          priority: "A",
        },
      ],
    };
    return scenario;
  });
