import type { ScenarioInput } from "../src/schema/scenario.ts";

type GoalInput = ScenarioInput["goals"][number];

/** A goal race for a test season: a 10K unless said, climbing 30 m a km on trail, 3 on road. */
export function raceGoal(
  id: string,
  date: string,
  priority: "A" | "B" | "C",
  race: { distanceKm?: number; surface?: "road" | "trail"; elevationGainM?: number } = {},
): GoalInput {
  const distanceKm = race.distanceKm ?? 10;
  const surface = race.surface ?? "road";
  const perKm = surface === "trail" ? 30 : 3;
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
