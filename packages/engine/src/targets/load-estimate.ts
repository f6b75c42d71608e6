import { rules } from "../constants.ts";

/** A week's load before its workouts exist: easy minutes at z2, quality at threshold (6b). */
export function estimateWeekLoad(
  runMin: number,
  qualityMin: number,
  vertM: number,
  strengthMin: number,
): number {
  const r = rules.loadPerHour;
  return (
    ((runMin - qualityMin) * r.z2 + qualityMin * r.z4 + strengthMin * r.strength) / 60 +
    vertM * rules.loadPerVertM
  );
}
