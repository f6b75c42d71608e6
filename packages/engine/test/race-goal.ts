import type { ScenarioInput } from "../src/schema/scenario.ts";

type GoalInput = ScenarioInput["goals"][number];

/** A goal race for a test season: a 10K unless said, climbing 3 m a km on road, 30 on trail, 60 on a mountain. */
export function raceGoal(
  id: string,
  date: string,
  priority: "A" | "B" | "C",
  race: {
    distanceKm?: number;
    surface?: "road" | "trail" | "mountain";
    elevationGainM?: number;
  } = {},
): GoalInput {
  const distanceKm = race.distanceKm ?? 10;
  const surface = race.surface ?? "road";
  const perKm = { road: 3, trail: 30, mountain: 60 }[surface];
  return {
    id,
    name: id,
    date,
    distanceKm,
    surface,
    elevationGainM: race.elevationGainM ?? distanceKm * perKm,
    priority,
  };
}
