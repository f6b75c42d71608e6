import { categoryOf, type DistanceCategory } from "../constants.ts";
import type { Goal, Surface } from "../schema/scenario.ts";
import type { GoalMode } from "./modes.ts";

/** One goal as every stage after parsing sees it: its race, its category and how it is run. */
export interface GoalContext {
  id: string;
  name: string;
  date: string;
  distanceKm: number;
  surface: Surface;
  elevationGainM: number;
  priority: Goal["priority"];
  category: DistanceCategory;
  mode: GoalMode;
}

export function goalContext(goal: Goal, mode: GoalMode): GoalContext {
  return {
    id: goal.id,
    name: goal.name ?? goal.id,
    date: goal.date,
    distanceKm: goal.distanceKm,
    surface: goal.surface,
    elevationGainM: goal.elevationGainM,
    priority: goal.priority,
    category: categoryOf(goal.distanceKm),
    mode,
  };
}

interface Course {
  distanceKm: number;
  elevationGainM: number;
}

const gainDensity = (g: Course) => (g.distanceKm > 0 ? g.elevationGainM / g.distanceKm : 0);

/** The goal among `ahead` that asks for the most endurance: the longest race. */
export function enduranceGoal<G>(ahead: readonly G[], focus: G, course: (g: G) => Course): G {
  return ahead.reduce((a, b) => (course(b).distanceKm > course(a).distanceKm ? b : a), focus);
}

/** The goal among `ahead` whose course climbs most per km: it sets the week's vert (SP-1). */
export function terrainGoal<G>(ahead: readonly G[], focus: G, course: (g: G) => Course): G {
  return ahead.reduce((a, b) => (gainDensity(course(b)) > gainDensity(course(a)) ? b : a), focus);
}
