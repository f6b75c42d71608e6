import type { PlanWarning } from "../schema/plan.ts";
import { peakVolumeBreaks, type VolumeReading } from "../validate/peak-volume.ts";
import type { PlanFacts } from "../validate/week-facts.ts";
import { warningOf } from "./warnings.ts";

/**
 * PR-5 as the validator reads it (the season's longest race; running, or every workout): one
 * warning for a peak below the range and one above, naming the readings that break it.
 */
export function peakVolumeWarnings(f: PlanFacts): PlanWarning[] {
  const breaks = peakVolumeBreaks(f);
  const peak = (reading: VolumeReading) => Math.max(...f.weeks.map((w) => w.training[reading]));
  return (["below", "above"] as const).flatMap((side) => {
    const found = breaks.filter((b) => b.side === side);
    const [first] = found;
    if (!first) return [];
    const code = side === "below" ? "PEAK_BELOW_RANGE" : "PEAK_ABOVE_RANGE";
    const max = f.constraints.maxWeeklyMin;
    const capped = side === "below" && max !== undefined && max < first.rangeMin[0];
    return [
      warningOf({
        code,
        runMin: peak("runMin"),
        volumeMin: peak("volumeMin"),
        rangeMin: first.rangeMin,
        breaks: found.map((b) => b.reading),
        weekIndex: first.week.index,
        ...(capped ? { maxWeeklyMin: max } : {}),
      }),
    ];
  });
}
