import { type DistanceCategory, longRunCapMin, policy, rules } from "../constants.ts";
import type { Level } from "../schema/scenario.ts";

/** LR-3: the long run's largest share of the week's running. */
export function longRunShareCap(category: DistanceCategory, runDays: number): number {
  const shares: Record<DistanceCategory, number> = {
    "5k-10k": rules.longRunShare["5k-10k"],
    half: rules.longRunShare.half,
    marathon: rules.longRunShare.marathon,
    "50k": rules.longRunShare.ultra,
    "100k": rules.longRunShare.ultra,
    "100mi": rules.longRunShare.ultra,
  };
  const share = shares[category];
  return Math.max(share, rules.longRunShareRunDays / Math.max(1, runDays));
}

/** LR-2 (and the athlete's own cap): the longest long run this plan builds to. */
export function peakLongRunMin(
  category: DistanceCategory,
  level: Level,
  maxLongRunMin: number | undefined,
): number {
  const cap = longRunCapMin[category][level] * policy.peakLongRunOfCap[level];
  return Math.min(cap, maxLongRunMin ?? Number.POSITIVE_INFINITY);
}

/** LR-3 is measured on the week as built, which rounds its easy runs: stay a little under. */
const shareMargin = 0.96;

export interface LongRunInput {
  category: DistanceCategory;
  /** Ultras grow the long run in minutes, shorter goals in percent (LR-1). */
  timeBased: boolean;
  weekRunMin: number;
  runDays: number;
  backToBack: boolean;
  previousLongMin: number;
  /** Longest single run of the previous 30 days (LR-1). */
  recentMaxMin: number;
  peakMin: number;
  dayCapMin: number;
}

/** The largest long run the rules allow in a loading week. */
export function loadingLongRun(x: LongRunInput): number {
  const step = x.timeBased
    ? x.previousLongMin + rules.longRunStepUltraMin
    : x.previousLongMin * (1 + rules.longRunStepRoad);
  const shareCap = x.backToBack
    ? (rules.backToBackShare * x.weekRunMin) / (1 + policy.mediumLongOfLong)
    : longRunShareCap(x.category, x.runDays) * x.weekRunMin;
  return Math.floor(
    Math.min(
      step,
      x.recentMaxMin * rules.longRunVsRecentMax,
      x.peakMin,
      shareCap * shareMargin,
      x.dayCapMin,
    ),
  );
}

/** PR-1: a cutback week shortens the long run, by a step the next week can climb back. */
export function cutbackLongRun(x: LongRunInput): number {
  const shorter = cutbackStepMin(x.previousLongMin, x.timeBased);
  const shareCap = longRunShareCap(x.category, x.runDays) * x.weekRunMin * shareMargin;
  // Never past the block's peak: after a longer race, a shorter goal's cap holds (LR-2).
  const most = Math.min(
    shareCap,
    x.dayCapMin,
    x.peakMin,
    x.previousLongMin - 1,
    x.recentMaxMin * rules.longRunVsRecentMax,
  );
  return Math.floor(Math.min(shorter, most));
}

/** PR-1's shorter long run before any cap: one step the next loading week can climb back. */
export const cutbackStepMin = (previousLongMin: number, timeBased: boolean): number =>
  timeBased
    ? Math.max(
        previousLongMin - policy.cutbackLongRunUltraMin,
        previousLongMin * policy.cutbackLongRunUltraShare,
      )
    : previousLongMin / (1 + rules.longRunStepRoad);

/** LR-1: the shortest long run a week may end on for next week's `nextLongMin` to follow it. */
export const stepBelowMin = (nextLongMin: number, timeBased: boolean): number =>
  timeBased
    ? nextLongMin - rules.longRunStepUltraMin
    : Math.ceil(nextLongMin / (1 + rules.longRunStepRoad));
