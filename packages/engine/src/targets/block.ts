import { policy } from "../constants.ts";
import { type PlanConstraints, weeklyMaxMin } from "../constraints.ts";
import type { WeekFrame } from "../macro/macro.ts";
import type { Level } from "../schema/scenario.ts";
import { peakLongRunMin } from "./long-run.ts";
import { type PeakVolume, peakVolume } from "./peak-volume.ts";

export const isLoading = (f: WeekFrame): boolean =>
  f.phase === "base" || f.phase === "build" || f.phase === "specific" || f.phase === "peak";

/** What the targets stage tracks for one goal's block: its peak, its ramp and its taper's base. */
export interface BlockState {
  goalId: string;
  frames: WeekFrame[];
  peak: PeakVolume;
  /** LR-2 for the longest race ahead (and the athlete's own cap). */
  peakLong: number;
  /** Loading weeks left before the first peak week: the ramp spreads the climb over them. */
  rampStepsLeft: number;
  /** The biggest loading week run in this block: the taper and race week fall from it. */
  maxTrainingRun: number;
  /** The most run days of a peak-phase week (TP-2's "peak weeks"); 0 before the peak phase. */
  peakPhaseRunDays: number;
  /** The biggest loading week's running and run days: the peak weeks of a block without a peak phase. */
  biggestWeek: { runMin: number; runDays: number };
  /** The longest long run of the block: the taper's long runs shorten from it. */
  taperLongBase: number;
  /**
   * After a race's recovery, the level the block's first week returns to (PR-2's return
   * after a lighter week); its ramp grows from the week after.
   */
  returnRunMin?: number;
}

/** A new block starts from `startRunMin`: the athlete's usual week, or where the last recovery left them. */
export function startBlock(args: {
  frames: readonly WeekFrame[];
  goalId: string;
  level: Level;
  rampCap: number;
  startRunMin: number;
  longestRecentRunMin: number;
  constraints: PlanConstraints;
  /** After a race's recovery, the level its first week returns to. */
  returnRunMin?: number;
}): BlockState {
  const frames = args.frames.filter((f) => f.goalId === args.goalId);
  const first = frames[0];
  const loadingFrames = frames.filter(isLoading);
  const firstPeak = loadingFrames.findIndex((f) => f.phase === "peak");
  const steps = (fs: WeekFrame[]) =>
    fs.filter((f, i) => i > 0 && f.kind !== "cutback" && f.kind !== "race").length;
  const rampWeeks = steps(firstPeak < 0 ? loadingFrames : loadingFrames.slice(0, firstPeak + 1));
  const c = args.constraints;
  return {
    goalId: args.goalId,
    frames,
    peak: peakVolume({
      category: (first?.endurance ?? first?.focus)?.category ?? "half",
      level: args.level,
      startRunMin: args.startRunMin,
      rampCap: args.rampCap,
      loadingSteps: steps(loadingFrames),
      capRunMin: weeklyMaxMin(c) / (1 + policy.nonRunShare.base),
    }),
    peakLong: peakLongRunMin(first?.endurance.category ?? "half", args.level, c.maxLongRunMin),
    rampStepsLeft: rampWeeks,
    maxTrainingRun: 0,
    peakPhaseRunDays: 0,
    biggestWeek: { runMin: 0, runDays: 0 },
    taperLongBase: args.longestRecentRunMin,
    ...(args.returnRunMin === undefined ? {} : { returnRunMin: args.returnRunMin }),
  };
}

/** TP-2: the run days of the block's peak weeks, of which the taper keeps 80%. */
export const peakWeeksRunDays = (block: BlockState): number =>
  block.peakPhaseRunDays > 0 ? block.peakPhaseRunDays : block.biggestWeek.runDays;
