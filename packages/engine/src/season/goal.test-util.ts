import { categoryMaxKm, type DistanceCategory } from "../constants.ts";
import type { GoalContext } from "./goal-context.ts";

/** A race distance inside each category's row, for tests that only know the row. */
const kmOf: Record<DistanceCategory, number> = {
  "5k-10k": 10,
  half: 21.1,
  marathon: 42.2,
  "50k": 50,
  "100k": 100,
  "100mi": 161,
};

/** A peaked road goal on `date`, with anything else overridden. */
export function testGoal(over: Partial<GoalContext> & { date: string }): GoalContext {
  const category = over.category ?? "marathon";
  const distanceKm = over.distanceKm ?? kmOf[category];
  if (distanceKm > categoryMaxKm[category]) throw new Error("distance outside its category");
  return {
    id: "g",
    name: over.id ?? "g",
    distanceKm,
    surface: "road",
    elevationGainM: 0,
    priority: "A",
    mode: "peak",
    category,
    ...over,
  };
}
