import { policy, recoversInDays } from "../constants.ts";
import { blockAhead, recoveryBefore, type WeekFrame } from "../macro/macro.ts";
import type { WeekAvailability } from "../microcycle/availability.ts";

/**
 * The days of a race week open to running after a race that recovers in days (5K to half):
 * from the second day after it, the first resting (RC-1). A longer race's week rests to its
 * end, and its recovery weeks follow.
 */
export function afterRaceDays(frame: WeekFrame, availability: WeekAvailability): number[] {
  if (frame.phase !== "race" || frame.raceDay === undefined) return [];
  if (!recoversInDays(frame.focus.category)) return [];
  const days: number[] = [];
  for (let d = frame.raceDay + 2; d < 7; d++) if (availability.runnable[d]) days.push(d);
  return days;
}

/**
 * A recovery week's running as a share of the block's peak: shallower after a B race, and
 * with another block to come shallower than after the season's last race, so the rebuild
 * starts from more than PR-3 would let it climb back from.
 */
export function recoveryShareOfPeak(
  frames: readonly WeekFrame[],
  frame: WeekFrame,
  weekInPhase: number,
): number {
  const factors =
    frame.focus.mode !== "peak"
      ? policy.recoveryWeekOfPeak.bRace
      : blockAhead(frames, frame)
        ? policy.recoveryWeekOfPeak.rebuilding[frame.focus.category]
        : policy.recoveryWeekOfPeak.last;
  return factors[weekInPhase] ?? factors.at(-1) ?? 0.55;
}

/**
 * After a race's recovery the next block starts where the recovery meant to leave the
 * athlete (its last week's share of the race block's peak `peakRunMin`), not at the few
 * short runs RC-1's first days may have held it to: fitness fades over weeks, not days.
 * Zero for a block that follows no recovery.
 */
export function rebuildRunMin(
  frames: readonly WeekFrame[],
  frame: WeekFrame,
  peakRunMin: number,
): number {
  const last = recoveryBefore(frames, frame);
  return last ? peakRunMin * recoveryShareOfPeak(frames, last, last.weekInPhase) : 0;
}

/**
 * The days a recovery week runs. After a peaked race with a recovery of weeks (the marathon
 * up) the legs come back over days: four runs the first week (a 100-miler's three), a day
 * more each week after; after a shorter race, or a B race, a day off is enough (RC-1 keeps
 * the first days easy): the recovery week's when the race closed the week before it, else
 * the race week already rested it. A runner of three days keeps them: two runs under the
 * recovery's easy-run cap would leave the next block to rebuild from half the week, and the
 * first recovery week is what PR-2 ramps the next block from.
 */
export function recoveryWeekRunDays(
  frame: WeekFrame,
  runDays: number,
  raceWeek: WeekFrame | undefined,
): number {
  const long = frame.focus.mode === "peak" && !recoversInDays(frame.focus.category);
  if (!long) {
    const restedInRaceWeek = frame.weekInPhase === 0 && (raceWeek?.raceDay ?? 6) < 6;
    return restedInRaceWeek ? runDays : Math.min(runDays, Math.max(3, runDays - 1));
  }
  const firstWeekDays = policy.recoveryFirstWeekRuns - (frame.focus.category === "100mi" ? 1 : 0);
  return Math.min(runDays, firstWeekDays + frame.weekInPhase);
}
