import { peakHours } from "../constants.ts";
import { type Finding, warnAt } from "./finding.ts";
import type { PlanFacts, WeekFacts } from "./week-facts.ts";

/**
 * What PR-5's "weekly volume" is read as: the minutes of running, or of every workout
 * (running, strength and mobility: a week's `volumeMin`). The race itself is not training.
 */
export type VolumeReading = "runMin" | "volumeMin";
const readings: readonly VolumeReading[] = ["runMin", "volumeMin"];

/** The biggest week, read one way, outside PR-5's range for the season's longest race. */
export interface PeakVolumeBreak {
  reading: VolumeReading;
  week: WeekFacts;
  peakMin: number;
  rangeMin: [number, number];
  side: "below" | "above";
}

/**
 * PR-5 (warn): the biggest training week lands in the peak range of the longest goal and the
 * athlete's level, under either reading of volume.
 */
export function peakVolumeBreaks(f: PlanFacts): PeakVolumeBreak[] {
  const longest = f.goals.reduce((a, b) => (b.goal.distanceKm > a.goal.distanceKm ? b : a));
  const [lo, hi] = peakHours[longest.category][f.profile.level].map((h) => h * 60) as [
    number,
    number,
  ];
  const out: PeakVolumeBreak[] = [];
  for (const reading of readings) {
    const week = f.weeks.reduce((a, b) => (b.training[reading] > a.training[reading] ? b : a));
    const peakMin = week.training[reading];
    const side = peakMin < lo ? "below" : peakMin > hi ? "above" : undefined;
    if (side) out.push({ reading, week, peakMin, rangeMin: [lo, hi], side });
  }
  return out;
}

export function checkPeakVolume(f: PlanFacts): Finding[] {
  return peakVolumeBreaks(f).map((b) =>
    warnAt("PR-5", b.week.path, {
      measure: b.reading,
      actual: b.peakMin,
      limit: b.side === "below" ? b.rangeMin[0] : b.rangeMin[1],
      weekIndex: b.week.index,
    }),
  );
}
