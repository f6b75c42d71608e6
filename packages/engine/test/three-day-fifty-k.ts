import type { Plan } from "../src/schema/plan.ts";
import type { ScenarioInput } from "../src/schema/scenario.ts";
import { historyWeeks } from "./history-weeks.ts";
import { planOf } from "./scenario-arbitrary.ts";

/**
 * A runner of three days a week, strength included, training for a trail 50K in June from
 * eight steady weeks of `usualMin` (longest run `longestRunMin`), on the days `constraints` leave.
 */
export const threeDayFiftyKPlan = (
  usualMin: number,
  longestRunMin: number,
  constraints: Omit<NonNullable<ScenarioInput["constraints"]>, "maxRunDaysPerWeek" | "strength">,
): Plan =>
  planOf({
    startDate: "2027-02-01",
    athlete: {
      level: "intermediate",
      birthYear: 1985,
      history: { weeks: historyWeeks("2026-12-07", Array(8).fill(usualMin), longestRunMin, 2) },
    },
    constraints: { maxRunDaysPerWeek: 3, strength: true, longRunDay: "sun", ...constraints },
    goals: [
      {
        id: "ultra",
        date: "2027-06-13",
        distanceKm: 50,
        surface: "trail",
        elevationGainM: 1500,
        priority: "A",
      },
    ],
  });
