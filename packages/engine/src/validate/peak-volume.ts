import { peakHours } from "../constants.ts";
import { blockWeeks } from "./block-weeks.ts";
import { type Finding, warnAt } from "./finding.ts";
import type { GoalFacts, PlanFacts, WeekFacts } from "./week-facts.ts";

/**
 * What PR-5's "weekly volume" is read as: the minutes of running, or of every workout
 * (running, strength and mobility: a week's `volumeMin`). The race itself is not training.
 */
export type VolumeReading = "runMin" | "volumeMin";
const readings: readonly VolumeReading[] = ["runMin", "volumeMin"];

/** A goal's biggest week, read one way, outside PR-5's range for its distance. */
export interface PeakVolumeBreak {
  goal: GoalFacts;
  reading: VolumeReading;
  week: WeekFacts;
  peakMin: number;
  rangeMin: [number, number];
  side: "below" | "above";
}

/** The goals PR-5 reads: each one the plan peaks for, or the longest when it peaks for none. */
function peakGoals(f: PlanFacts): GoalFacts[] {
  const peaks = f.goals.filter((g) => g.goal.mode === "peak");
  if (peaks.length > 0) return peaks;
  return [f.goals.reduce((a, b) => (b.goal.distanceKm > a.goal.distanceKm ? b : a))];
}

/**
 * PR-5 (warn): the biggest training week of each peak's block lands in the peak range of its
 * distance and the athlete's level, under either reading of volume. A block that follows
 * another race starts from its recovery; one that also builds for a longer race runs bigger.
 */
export function peakVolumeBreaks(f: PlanFacts): PeakVolumeBreak[] {
  const out: PeakVolumeBreak[] = [];
  for (const goal of peakGoals(f)) {
    const weeks = blockWeeks(f, goal);
    if (weeks.length === 0) continue;
    const [lo, hi] = peakHours[goal.category][f.profile.level].map((h) => h * 60) as [
      number,
      number,
    ];
    for (const reading of readings) {
      const week = weeks.reduce((a, b) => (b.training[reading] > a.training[reading] ? b : a));
      const peakMin = week.training[reading];
      const side = peakMin < lo ? "below" : peakMin > hi ? "above" : undefined;
      if (side) out.push({ goal, reading, week, peakMin, rangeMin: [lo, hi], side });
    }
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
