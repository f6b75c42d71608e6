import { type DistanceCategory, phaseWeeks, recoveryWeeks, taperWeeks } from "../constants.ts";
import { daysBetween } from "../dates.ts";

/** How a goal is run (MG-1): A = peak, B = mini-taper without a peak, C = training race. */
export type GoalMode = "peak" | "b-race" | "training-race";
export type GoalPriority = "A" | "B" | "C";

const modeOfPriority: Record<GoalPriority, GoalMode> = {
  A: "peak",
  B: "b-race",
  C: "training-race",
};

export function defaultMode(priority: GoalPriority): GoalMode {
  return modeOfPriority[priority];
}

/**
 * The goal a season peaks when none is: the best priority, then the longest race (the later
 * of equals).
 */
export function mostImportant<T>(
  goals: readonly T[],
  of: (g: T) => { priority: GoalPriority; distanceKm: number },
): T | undefined {
  const rank = (g: T) => ({ A: 0, B: 1, C: 2 })[of(g).priority] * 1000 - of(g).distanceKm;
  return goals.reduce<T | undefined>(
    (a, b) => (a === undefined || rank(b) <= rank(a) ? b : a),
    undefined,
  );
}

/** How much taper and race effort a mode takes; season conflicts only ever move a goal down. */
export const modeRank: Record<GoalMode, number> = { "training-race": 0, "b-race": 1, peak: 2 };

/** Whole weeks from one date to a later one, rounded down. */
export const wholeWeeks = (from: string, to: string): number =>
  Math.floor(daysBetween(from, to) / 7);

/** MG-2: the rebuild between two peaks, after the first's recovery and before the second's taper. */
export const rebuildWeeks = 3;

/**
 * MG-2: the fewest whole weeks between two peak race dates: the first's recovery, a rebuild,
 * then the second's taper.
 */
export function peakGapWeeks(first: DistanceCategory, second: DistanceCategory): number {
  return recoveryWeeks[first] + rebuildWeeks + taperWeeks[second];
}

/**
 * PH-2 for a peak after an earlier peak: the build and specific minimums plus the taper. The
 * earlier block stands in for base (the fitness is shared), and the earlier race's recovery
 * is not added: it overlaps the rebuild, and MG-2 already guards it. Stricter than
 * `taper + 3` on purpose — that is MG-2's own gap minus the recovery, so it would never fire.
 */
export function rebuildMinWeeks(c: DistanceCategory): number {
  return phaseWeeks[c].build[0] + phaseWeeks[c].specific[0] + taperWeeks[c];
}

/**
 * The first peak of a plan: only a runway shorter than the taper plus two build weeks is worth
 * a question. Anything longer is compressed by the macro with its own PH-2 warning, so a
 * single-goal plan is not asked twice.
 */
export const firstPeakMinWeeks = (c: DistanceCategory): number => taperWeeks[c] + 2;
