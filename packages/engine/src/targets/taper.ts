import { policy, rules } from "../constants.ts";
import { isLastOfPhase, miniTaperFromDay, type WeekFrame } from "../macro/macro.ts";
import type { RaceWindow, WeekTarget } from "./week-target.ts";

/**
 * TP-2: a taper week's running, a share of the block's peak that falls week by week from the
 * last full week (`lastFullRunMin`: its plan and what it really ran, whichever is lower).
 */
export function taperWeekRun(
  frame: WeekFrame,
  peakRunMin: number,
  raceDay: number,
  lastFullRunMin: number,
): number {
  let share = policy.taperFactors[frame.phaseLength]?.[frame.weekInPhase] ?? 0.6;
  // An early-week race's seven days before it are mostly this week's last days: the week
  // runs near the race week's share.
  if (isLastOfPhase(frame) && raceDay <= 2) {
    share = Math.min(share, policy.raceWeekOfPeak + 0.03 * raceDay);
  }
  return Math.min(peakRunMin * share, lastFullRunMin * (1 - policy.taperStepDown));
}

/**
 * TP-2 measures the seven days before a peaked race: the end of last week counts
 * (`carriedDayRunMin`, last week's training minutes by weekday). The race week's running
 * before the race, and the band those days may hold.
 */
export function raceWeekRun(
  frame: WeekFrame,
  peakRunMin: number,
  carriedDayRunMin: readonly number[],
): { runMin: number; window: RaceWindow } {
  const raceDay = frame.raceDay ?? 6;
  const carried = carriedDayRunMin.slice(raceDay).reduce((a, b) => a + b, 0);
  const [dropLo, dropHi] = rules.taperDropByRaceWeek;
  const margin = policy.raceWindowMargin;
  const hi = (1 - dropLo - margin) * peakRunMin - carried;
  const floor = (1 - dropHi + margin) * peakRunMin - carried;
  // Read as the calendar week labelled race too (its days after the race rest, RC-1), a
  // race from Thursday on holds the band's floor in its own days when the window allows.
  const own =
    raceDay >= policy.raceWeekOwnFloorFromDay
      ? Math.min(hi, (1 - dropHi + margin) * peakRunMin)
      : 0;
  return {
    runMin: Math.max(0, own, peakRunMin * policy.raceWeekOfPeak - carried),
    window: { band: [Math.max(own, floor), hi], floorMin: floor },
  };
}

/**
 * The days of the week before a race that already fall in its last days, and the running
 * they may hold: a peaked race's seven days (TP-2: what leaves the race week its shake-out)
 * or a B race's mini-taper (MG-1: its last `miniTaperDays`, at a lighter daily rate than
 * the block's peak, so the weekend before a midweek B race is no full weekend). A
 * mini-taper lightens the week's end, not the week: the cutback labelled the mini-taper
 * keeps `leastWeekRunMin`, inside PR-1's band (a loading week keeps most of what it runs).
 */
export function raceWindowTail(
  frame: WeekFrame,
  next: WeekFrame | undefined,
  week: {
    peakRunMin: number;
    raceDay: number | undefined;
    lastWeekRunMin: number;
    /** The day after the week's long run (and medium-long): a mini-taper starts no earlier. */
    afterLongDay: number;
  },
): WeekTarget["raceWindowTail"] {
  const { peakRunMin, raceDay } = week;
  const lastTaperWeek = frame.phase === "taper" && isLastOfPhase(frame);
  if (lastTaperWeek && frame.focus.mode === "peak" && raceDay !== undefined) {
    const [dropLo] = rules.taperDropByRaceWeek;
    const eve = raceDay >= 1 ? policy.shakeOutMin : 0;
    return { fromDay: raceDay, maxMin: (1 - dropLo - policy.raceWindowMargin) * peakRunMin - eve };
  }
  const bRaceNext =
    next?.phase === "race" && next.goalId === frame.goalId && next.focus.mode === "b-race";
  if (!bRaceNext || next.raceDay === undefined) return undefined;
  const fromDay = Math.max(miniTaperFromDay(next.raceDay), week.afterLongDay);
  if (fromDay >= 7) return undefined;
  const dailyMin = (peakRunMin * policy.miniTaperDailyOfPeak) / 7;
  const maxMin = (7 - fromDay) * dailyMin;
  if (!frame.miniTaper) return { fromDay, maxMin, miniTaper: true };
  const least = (1 - rules.cutbackMaxDrop + policy.miniTaperBandMargin) * week.lastWeekRunMin;
  return { fromDay, maxMin, miniTaper: true, leastWeekRunMin: least };
}
