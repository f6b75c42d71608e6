import { policy, rules } from "../constants.ts";
import type { PlanConstraints } from "../constraints.ts";
import {
  keepsLongRunInRecovery,
  miniTaperFromDay,
  miniTaperInWeekBefore,
  type WeekFrame,
} from "../macro/macro.ts";
import {
  dayCapMin,
  dayIndexOf,
  type WeekAvailability,
  weekAvailability,
} from "../microcycle/availability.ts";
import { longRunDayOf, mediumLongDayOf } from "../microcycle/key-days.ts";
import { isLoading } from "./block.ts";

/**
 * Where a week's long run may go, and the two days of a back-to-back weekend if the week can
 * hold one: the athlete's long-run day when it can, never in the race's own seven days before
 * a race, never beside a race.
 */
export function longRunDays(args: {
  frames: readonly WeekFrame[];
  frame: WeekFrame;
  availability: WeekAvailability;
  constraints: PlanConstraints;
  mediumLongFloorMin: number;
  /** Last week's long run: a day that can't hold as long a one cuts the week (unknown: any cap does). */
  previousLongMin?: number;
}): {
  longDay?: number;
  /** LR-5: a long run two days before a training race stays under 3 hours. */
  maxLongMin?: number;
  backToBack?: { longDay: number; mlDay: number };
} {
  const { frames, frame, availability, constraints: c } = args;
  // The week before a peaked race: its days from the race's weekday on are already in the
  // race's seven days (TP-2) and the eve of a Monday race (TP-3): no long run there, nor on
  // Monday (last week placed its sessions expecting the usual long-run day). A B race early
  // in the week has the week before as its mini-taper, and one midweek its last days (MG-1);
  // a training race has none: its weekend before keeps its long run.
  const next = frames[frame.index + 1];
  const raceNext = next?.phase === "race" && next.goalId === frame.goalId ? next : undefined;
  const raceDay = raceNext?.raceDay ?? 7;
  const tapersBefore =
    raceNext !== undefined &&
    (raceNext.focus.mode === "peak" || miniTaperInWeekBefore(raceNext.focus, raceDay));
  // A B race later in the week: the first of this week's days in its mini-taper (7: none).
  const miniTaperFrom =
    raceNext?.focus.mode === "b-race" && !tapersBefore ? miniTaperFromDay(raceDay) : 7;
  const windowFrom = tapersBefore ? raceDay : miniTaperFrom;
  // Last week's Sunday race makes Monday its morning after (IN-5).
  const races = racesAround(frames, frame);
  // Not the morning after a race, nor its eve or the day before that (TP-3, LR-5); a training
  // race is a session: the day before its eve may hold a long run, under LR-5's 3 hours.
  const longRunnable = (from: number) =>
    availability.runnable.map(
      (r, d) => r && !nearRace(races, d, true) && (from >= 7 || (d < from && d > 0)),
    );
  const longDayBefore = (from: number) =>
    longRunDayOf({ ...availability, runnable: longRunnable(from) }, dayIndexOf(c.longRunDay));
  const hasLongRun =
    isLoading(frame) || frame.phase === "taper" || keepsLongRunInRecovery(frames, frame);
  let longFrom = windowFrom;
  let longDay = hasLongRun ? longDayBefore(windowFrom) : undefined;
  // A midweek B race's mini-taper moves the long run before its days only to a day that can
  // hold last week's long run: on a capped weekday it would cut the week past a cutback's
  // (PR-1), so the long run keeps its day and the mini-taper starts after it.
  const usual = miniTaperFrom < 7 && hasLongRun ? longDayBefore(7) : undefined;
  if (
    usual !== undefined &&
    (longDay === undefined ||
      dayCapMin(longDay, c) <
        Math.min(args.previousLongMin ?? Number.POSITIVE_INFINITY, dayCapMin(usual, c)))
  ) {
    longDay = usual;
    longFrom = 7;
  }
  if (longDay === undefined) return {};
  if (nearRace(races, longDay)) return { longDay, maxLongMin: rules.protectAfterLongRunMin - 1 };
  const mlChoices = {
    ...availability,
    runnable: availability.runnable.map((r, d) => r && !nearRace(races, d) && d < windowFrom),
  };
  // LR-4: the medium-long is the day after the long run. When that day is out of reach (a
  // Sunday long run), the back-to-back weekend starts a day earlier.
  const floor = args.mediumLongFloorMin;
  const after = mediumLongDayOf(mlChoices, longDay, c, floor);
  if (after !== undefined) return { longDay, backToBack: { longDay, mlDay: after } };
  const earlier = longDay - 1;
  const shifted =
    earlier >= 0 && longRunnable(longFrom)[earlier]
      ? mediumLongDayOf(mlChoices, earlier, c, floor)
      : undefined;
  return shifted === undefined
    ? { longDay }
    : { longDay, backToBack: { longDay: earlier, mlDay: shifted } };
}

/**
 * The races of a week and of the weeks either side, training races and goals' own, as days
 * of this week (last week's from −7, next week's from 7 on).
 */
function racesAround(frames: readonly WeekFrame[], frame: WeekFrame): RaceDay[] {
  const racesOf = (f: WeekFrame | undefined, shift: number): RaceDay[] => [
    ...(f?.trainingRaces ?? []).map((r) => ({ day: r.day + shift, training: true })),
    ...(f?.phase === "race" && f.raceDay !== undefined
      ? [{ day: f.raceDay + shift, training: f.focus.mode === "training-race" }]
      : []),
  ];
  return [
    ...racesOf(frame, 0),
    ...racesOf(frames[frame.index - 1], -7),
    ...racesOf(frames[frame.index + 1], 7),
  ];
}

interface RaceDay {
  day: number;
  /** A training race: run as a session, no taper (MG-1). */
  training: boolean;
}

/**
 * Not the morning after a race, nor its eve or the day before that (TP-3, LR-5); with
 * `trainingEveOnly`, only the eve of a training race.
 */
function nearRace(races: readonly RaceDay[], d: number, trainingEveOnly = false): boolean {
  return races.some(({ day, training }) => {
    const before = training && trainingEveOnly ? 1 : 2;
    return day - d >= -rules.veryEasyDaysAfterRace && day - d <= before;
  });
}

/**
 * RC-1's first days after a race (this week's or last week's), in this week: rest or very
 * easy running only.
 */
export function veryEasyDaysAfterRaces(
  frames: readonly WeekFrame[],
  frame: WeekFrame,
): Set<number> {
  const days = new Set<number>();
  for (const { day: r } of racesAround(frames, frame))
    for (let d = r + 1; d <= r + rules.veryEasyDaysAfterRace; d++) if (d >= 0 && d < 7) days.add(d);
  return days;
}

/** The most running a week's days can hold: the long run plus easy days at their caps. */
export function weekCapacity(
  a: { runnable: boolean[] },
  runDays: number,
  longDay: number | undefined,
  c: PlanConstraints,
  peakLong: number,
): number {
  const caps: number[] = [];
  for (let d = 0; d < 7; d++) {
    if (!a.runnable[d]) continue;
    caps.push(
      d === longDay
        ? Math.min(peakLong, dayCapMin(d, c))
        : Math.min(policy.easyRunMin[1], dayCapMin(d, c)),
    );
  }
  return topSum(caps, runDays);
}

/** The largest `count` of `caps`, summed: what the best days of a week hold. */
export const topSum = (caps: number[], count: number): number =>
  caps
    .sort((x, y) => y - x)
    .slice(0, Math.max(0, count))
    .reduce((s, x) => s + x, 0);

/**
 * A training week whose only free days are RC-1's first days after a race (days away
 * fill the rest) holds one short jog: with its strides, still IN-1's share of quality.
 */
export function veryEasyWeekCap(
  frames: readonly WeekFrame[],
  frame: WeekFrame,
  availability: WeekAvailability,
): number {
  if (!isLoading(frame) && frame.phase !== "taper") return Number.POSITIVE_INFINITY;
  const veryEasy = veryEasyDaysAfterRaces(frames, frame);
  if (veryEasy.size === 0) return Number.POSITIVE_INFINITY;
  let free = 0;
  for (let d = 0; d < 7; d++) {
    if (!availability.runnable[d]) continue;
    if (!veryEasy.has(d)) return Number.POSITIVE_INFINITY;
    free++;
  }
  return free > 0 ? policy.veryEasyWeekRunMin : Number.POSITIVE_INFINITY;
}

/**
 * The most running next week's cutback can hold, when next week is one of the same block:
 * its race days and their eves hold none (TP-3), its long run only where it may go.
 */
export function nextCutbackCapacity(
  frames: readonly WeekFrame[],
  frame: WeekFrame,
  c: PlanConstraints,
  peakLong: number,
): number {
  const next = frames[frame.index + 1];
  if (next?.kind !== "cutback" || next.goalId !== frame.goalId) return Number.POSITIVE_INFINITY;
  const open = weekAvailability(next.startDate, c);
  const races = racesAround(frames, next).map((r) => r.day);
  const availability = {
    ...open,
    runnable: open.runnable.map((r, d) => r && !races.includes(d) && !races.includes(d + 1)),
  };
  const longDay = longRunDayIn(frames, next, availability, c);
  return Math.min(
    weekCapacity(availability, mostRunDays(availability, c), longDay, c, peakLong),
    veryEasyWeekCap(frames, next, availability),
  );
}

/** The day a week's long run goes to, read ahead of the week (no back-to-back asked). */
export const longRunDayIn = (
  frames: readonly WeekFrame[],
  frame: WeekFrame,
  availability: WeekAvailability,
  constraints: PlanConstraints,
): number | undefined =>
  longRunDays({ frames, frame, availability, constraints, mediumLongFloorMin: 0 }).longDay;

/** The most days a week may run: the athlete's weekly days, on the days open to running. */
export const mostRunDays = (availability: WeekAvailability, c: PlanConstraints): number =>
  Math.min(c.maxRunDaysPerWeek, availability.runnable.filter(Boolean).length);

/**
 * The days a week runs on, at most `mostDays`: as many as its running fills at 22 minutes a
 * day rather than many 15-minute jogs (two at least; a taper falling from weeks of one
 * session may run one), its races each on a day of its own (TP-2 counts them). A taper or
 * race week keeps TP-2's 80% of its peak weeks' days, a training race in the taper on a day
 * more: the taper's runs keep theirs, and the week enough running for the next to fall from.
 */
export function weekRunDays(
  frame: WeekFrame,
  runMin: number,
  mostDays: number,
  peakWeeksDays: number,
): number {
  const taper = frame.phase === "taper";
  const byVolume = Math.max(taper ? 1 : 2, Math.floor(runMin / policy.minMinPerRunDay));
  const raceDays = (frame.phase === "race" ? 1 : 0) + frame.trainingRaces.length;
  const training = byVolume + raceDays;
  if (!taper && frame.phase !== "race") return Math.min(mostDays, training);
  const kept = Math.ceil(rules.taperFrequencyKept * peakWeeksDays);
  const keptDays = kept + (taper ? frame.trainingRaces.length : 0);
  return Math.min(mostDays, Math.max(training, keptDays));
}
