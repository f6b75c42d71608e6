import { isUltra, policy, rules } from "../constants.ts";
import type { PlanConstraints } from "../constraints.ts";
import { addDays, epochDayOf } from "../dates.ts";
import { isLighterWeek, type WeekFrame } from "../macro/macro.ts";
import { dayCapMin } from "../microcycle/availability.ts";
import type { BlockState } from "./block.ts";
import { cutbackLongRun, cutbackStepMin, loadingLongRun } from "./long-run.ts";
import type { WeekTarget } from "./week-target.ts";

/** What a week's long run grows from. */
export interface LongRunContext {
  constraints: PlanConstraints;
  block: BlockState;
  previousLongMin: number;
  /** LR-1: the longest run of the 30 days before an epoch day, when any is known. */
  recentMaxBefore: (epochDay: number) => number | undefined;
}

/**
 * LR-1..4 for a week whose running is set: the long run on `longDay` (none when too short to
 * be one), the most it may grow to, and a back-to-back's medium-long on `mlDay`.
 */
export function fillLongRun(
  t: WeekTarget,
  days: { longDay: number; mlDay: number | undefined; backToBack: boolean },
  ctx: LongRunContext,
): void {
  const { frame } = t;
  const { block, constraints: c } = ctx;
  const recovery = frame.phase === "recovery";
  // A recovery week's long run shortens from the block's longest, not from the taper's.
  const previousLongMin = recovery
    ? Math.max(ctx.previousLongMin, block.taperLongBase)
    : ctx.previousLongMin;
  // Long runs grow toward the longest race ahead (LR-1..3), whichever race comes first.
  const goal = frame.endurance;
  const taperShare = policy.taperFactors[frame.phaseLength]?.[frame.weekInPhase] ?? 0.6;
  const longInput = {
    category: goal.category,
    timeBased: isUltra(goal.category),
    weekRunMin: t.runMin,
    runDays: t.runDays,
    backToBack: days.backToBack,
    previousLongMin,
    // Nothing known of the last 30 days: no growth beyond the last long run assumed.
    recentMaxMin:
      ctx.recentMaxBefore(epochDayOf(addDays(frame.startDate, days.longDay))) ??
      previousLongMin / rules.longRunVsRecentMax,
    peakMin:
      frame.phase === "taper"
        ? Math.min(block.peakLong, block.taperLongBase * taperShare)
        : block.peakLong,
    dayCapMin: dayCapMin(days.longDay, c),
  };
  // A recovery week shortens its long run as a cutback does.
  const lighter = isLighterWeek(frame) || recovery;
  const most = t.longRunMaxMin ?? Number.POSITIVE_INFINITY;
  t.longRunMin = Math.min(lighter ? cutbackLongRun(longInput) : loadingLongRun(longInput), most);
  // The long run may take up what the easy days can't hold: a cutback's, still shorter than
  // last week's; in a loading week of a few run days, within LR-1's step with one run day
  // fewer (an easy run too short to stand alone leaves the week; LR-3 is read again on the
  // week as built). From five run days a moderate session needs them all (IN-2).
  let ceiling = t.longRunMin;
  if (lighter) ceiling = Math.min(previousLongMin - 1, longInput.dayCapMin, t.maxRunMin);
  else if (t.runDays < rules.moderateThirdMinRunDays) {
    const fewerDays = { ...longInput, runDays: Math.max(1, t.runDays - 1) };
    ceiling = Math.min(loadingLongRun(fewerDays), t.maxRunMin);
  }
  t.longRunCeilingMin = Math.min(Math.max(t.longRunMin, ceiling), most);
  // Too short to be a long run: the week runs without one. A recovery week's must outrun its
  // easy runs, or it would cap them under what the week's days hold, and stay within a
  // cutback's step of the last long run, or the next week's would grow from less (LR-1).
  const shortest = recovery
    ? Math.max(
        policy.recoveryWeekEasyMaxMin + 1,
        Math.floor(cutbackStepMin(ctx.previousLongMin, longInput.timeBased)),
      )
    : policy.easyRunMin[0];
  if (t.longRunMin < shortest) {
    t.longRunMin = 0;
    delete t.longRunDay;
    return;
  }
  t.longRunDay = days.longDay;
  // A back-to-back of short runs trains nothing a single long run doesn't (LR-4).
  const { mlDay } = days;
  t.backToBack =
    days.backToBack && mlDay !== undefined && t.longRunMin >= policy.backToBackMinLongMin;
  t.mediumLongMin = 0;
  delete t.mediumLongDay;
  if (t.backToBack && mlDay !== undefined) {
    const ml = Math.floor(Math.min(t.longRunMin * policy.mediumLongOfLong, dayCapMin(mlDay, c)));
    if (ml >= t.longRunMin * policy.mediumLongLeastOfLong) {
      t.mediumLongDay = mlDay;
      t.mediumLongMin = ml;
    } else t.backToBack = false;
  }
}

/**
 * LR-4: an ultra's full specific and peak weeks run a back-to-back weekend, one week in two,
 * on four runs or more (three can't carry the 35% of the week it leaves, LR-3).
 */
export const wantsBackToBack = (
  frame: WeekFrame,
  runDays: number,
  weeksSinceBackToBack: number,
): boolean =>
  isUltra(frame.endurance.category) &&
  frame.trainingRaces.length === 0 &&
  (frame.phase === "specific" || frame.phase === "peak") &&
  !isLighterWeek(frame) &&
  weeksSinceBackToBack >= 2 &&
  runDays >= 4;
