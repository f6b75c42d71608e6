import { categoryOf, type DistanceCategory } from "../constants.ts";
import type { Quality } from "./qualities.ts";

export interface GoalNeedsInput {
  distanceKm: number;
  surface: "road" | "trail" | "mountain";
  elevationGainM: number;
}

type Needs = Record<Quality, number>;

/**
 * Relative weight of each quality for a flat race of the category (MG-3): short races are
 * won at threshold and VO2, the marathon at race pace with fuel, ultras on endurance,
 * durable legs and a trained gut. Every race needs some aerobic endurance.
 */
const byCategory: Record<DistanceCategory, Omit<Needs, "vert">> = {
  "5k-10k": {
    endurance: 0.2,
    threshold: 0.35,
    vo2: 0.45,
    racePace: 0.3,
    durability: 0,
    fueling: 0,
  },
  half: { endurance: 0.25, threshold: 0.45, vo2: 0.25, racePace: 0.3, durability: 0, fueling: 0 },
  marathon: {
    endurance: 0.4,
    threshold: 0.2,
    vo2: 0.05,
    racePace: 0.35,
    durability: 0.15,
    fueling: 0.2,
  },
  "50k": {
    endurance: 0.45,
    threshold: 0.05,
    vo2: 0,
    racePace: 0.05,
    durability: 0.3,
    fueling: 0.25,
  },
  "100k": {
    endurance: 0.45,
    threshold: 0,
    vo2: 0,
    racePace: 0.03,
    durability: 0.4,
    fueling: 0.35,
  },
  "100mi": { endurance: 0.45, threshold: 0, vo2: 0, racePace: 0, durability: 0.5, fueling: 0.4 },
};

/** Metres of gain per km at which climbing is as big a need as it gets (steep mountain). */
const steepMPerKm = 50;
const maxVertNeed = 0.6;

/** Off-road footing asks for climbing and descending strength even on modest gain. */
const surfaceVert = { road: 0, trail: 0.1, mountain: 0.2 } as const;

/** What a goal race requires, as relative weights per quality. */
export function goalNeeds(goal: GoalNeedsInput): Needs {
  const density = goal.distanceKm > 0 ? goal.elevationGainM / goal.distanceKm : 0;
  const vert = Math.min(1, density / steepMPerKm) * maxVertNeed + surfaceVert[goal.surface];
  return { ...byCategory[categoryOf(goal.distanceKm)], vert };
}
