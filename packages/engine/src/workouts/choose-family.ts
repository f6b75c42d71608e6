import { type DistanceCategory, isMarathonOrLonger, isUltra } from "../constants.ts";
import type { PhaseKind } from "../schema/plan.ts";
import type { Surface } from "../schema/scenario.ts";
import type { Family } from "./families.ts";

/**
 * Where each family belongs (WORKOUTS.md "for" and "phases" columns). Cruise intervals are
 * for 5K to the marathon: an ultra's threshold work while it builds is tempo ("ultras
 * lightly"). In the taper they are the library's sharp session, shorter, for every race.
 */
export function hardFamilies(
  phase: PhaseKind,
  category: DistanceCategory,
  surface: Surface,
  beginner: boolean,
): Family[] {
  const ultra = isUltra(category);
  const offRoad = surface !== "road";
  const short = category === "5k-10k" || category === "half";
  switch (phase) {
    case "base":
      return ["fartlek", "short-hills"];
    case "build":
      // Fartlek is a first step into quality: base weeks, and beginners' build.
      if (beginner) return ["fartlek", "short-hills", ultra ? "tempo" : "threshold"];
      if (short) return ["intervals", "threshold", "short-hills"];
      if (!ultra) return ["threshold", "tempo"];
      return offRoad ? ["tempo", "short-hills", "intervals", "long-hills"] : ["tempo", "intervals"];
    case "specific":
    case "peak":
      if (category === "5k-10k") return ["intervals", "threshold"];
      if (category === "half") return ["threshold", "tempo", "race-pace-half"];
      if (!ultra) return ["tempo", "threshold"];
      return offRoad ? ["tempo", "long-hills"] : ["tempo"];
    case "taper":
    case "race":
      // The library's taper sessions: cruise intervals cut to the taper's work (an ultra's too).
      return short ? ["intervals", "threshold"] : ["threshold"];
    default:
      return [];
  }
}

export function moderateFamilies(
  phase: PhaseKind,
  category: DistanceCategory,
  surface: Surface,
): Family[] {
  const hills = hillFamilies(phase, surface);
  if (hills.length > 0) return hills;
  return isMarathonOrLonger(category) ? ["steady", "progression"] : ["progression"];
}

/** SP-2: technical downhill or hill strength for trail and mountain goals in build/specific. */
export function hillFamilies(phase: PhaseKind, surface: Surface): Family[] {
  if (surface === "road" || (phase !== "build" && phase !== "specific" && phase !== "peak"))
    return [];
  const families: Family[] = ["long-hills", "downhill"];
  if (surface === "mountain" && phase !== "build") families.push("power-hike");
  return families;
}

export const needsHills = (phase: PhaseKind, surface: Surface): boolean =>
  surface !== "road" && (phase === "build" || phase === "specific");
