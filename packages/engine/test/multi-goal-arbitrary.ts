import fc from "fast-check";
import { addDays, mondayOf } from "../src/dates.ts";
import type { ScenarioInput } from "../src/schema/scenario.ts";
import { scenarioArbitrary } from "./scenario-arbitrary.ts";

/**
 * Random seasons of 2–4 goals: a single-goal scenario, then more races one week to six
 * months apart, any distance, surface and priority.
 */

const distances = [5, 10, 21.1, 30, 42.2, 50, 80, 100, 161];
const gainPerKm = { road: 3, trail: 30, mountain: 60 } as const;

const laterGoal = fc.record({
  gapWeeks: fc.integer({ min: 1, max: 26 }),
  /** Mostly weekend races, sometimes midweek. */
  weekday: fc.constantFrom(5, 6, 5, 6, 3, 4, 0, 1, 2),
  distanceKm: fc.constantFrom(...distances),
  surface: fc.constantFrom("road", "trail", "mountain"),
  priority: fc.constantFrom("A", "B", "C"),
});

export const seasonArbitrary: fc.Arbitrary<ScenarioInput> = fc
  .record({
    base: scenarioArbitrary,
    firstPriority: fc.constantFrom("A", "B", "C"),
    later: fc.array(laterGoal, { minLength: 1, maxLength: 3 }),
  })
  .map(({ base, firstPriority, later }) => {
    const [first] = base.goals;
    if (!first) throw new Error("the single-goal arbitrary always has a goal");
    const goals: ScenarioInput["goals"] = [{ ...first, id: "g1", priority: firstPriority }];
    let date = first.date;
    // Every race inside the 78 weeks a plan may span.
    const lastDay = addDays(base.startDate ?? first.date, 76 * 7);
    later.forEach((g, i) => {
      date = addDays(mondayOf(date), g.gapWeeks * 7 + g.weekday);
      if (date > lastDay) return;
      goals.push({
        id: `g${i + 2}`,
        name: `Race ${i + 2}`,
        date,
        distanceKm: g.distanceKm,
        surface: g.surface,
        elevationGainM: Math.round(gainPerKm[g.surface] * g.distanceKm),
        priority: g.priority,
      });
    });
    // Days away never cover a race day (the scenario would be refused).
    const unavailable = (base.constraints?.unavailable ?? []).filter((u) =>
      goals.every((g) => g.date < u.from || g.date > u.to),
    );
    return { ...base, constraints: { ...base.constraints, unavailable }, goals };
  });
