import type { Day, WeekTotals } from "./schema/plan.ts";
import { workoutLoad } from "./validate/load.ts";

const nonRunning = new Set(["rest", "strength", "mobility", "cross"]);

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** A week's totals from its workouts (the race included). */
export function weekTotals(days: readonly Day[]): WeekTotals {
  let volumeMin = 0;
  let runMin = 0;
  let longRunMin = 0;
  let vertM = 0;
  let qualityMin = 0;
  let easyMin = 0;
  let distanceKm = 0;
  let load = 0;
  for (const day of days) {
    for (const w of day.workouts) {
      volumeMin += w.durationMin;
      load += workoutLoad(w);
      if (nonRunning.has(w.type)) continue;
      runMin += w.durationMin;
      vertM += w.vertM;
      distanceKm += w.distanceKm;
      qualityMin += w.zoneMinutes.z3 + w.zoneMinutes.z4 + w.zoneMinutes.z5;
      easyMin += w.zoneMinutes.z1 + w.zoneMinutes.z2;
      if (w.type === "long") longRunMin = Math.max(longRunMin, w.durationMin);
    }
  }
  return {
    volumeMin: Math.round(volumeMin),
    runMin: Math.round(runMin),
    longRunMin: Math.round(longRunMin),
    vertM: Math.round(vertM),
    qualityMin: Math.round(qualityMin),
    easyShare: runMin > 0 ? Math.round((easyMin / runMin) * 1000) / 1000 : 1,
    distanceKm: round1(distanceKm),
    load: Math.round(load),
  };
}
