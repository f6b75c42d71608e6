import { rules } from "../constants.ts";
import { nonRunMinOf, type WeekTarget } from "./week-target.ts";

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

/**
 * PR-3 before the week is built: `fillAt` fills the week's target for a running, which is
 * scaled down until the target's estimated load sits under `ceiling` (its floors and run days
 * change as it falls, so up to four times). Whether it had to be scaled.
 */
export function scaleUnderSpikeCap(
  runMin: number,
  ceiling: number,
  fillAt: (runMin: number) => WeekTarget,
): boolean {
  let run = runMin;
  let scaled = false;
  for (let attempt = 0; attempt < 4; attempt++) {
    const t = fillAt(run);
    const load = estimateWeekLoad(t.runMin, t.qualityMin, t.vertM, nonRunMinOf(t.nonRun));
    if (load <= ceiling) break;
    run *= ceiling / load;
    scaled = true;
  }
  return scaled;
}
