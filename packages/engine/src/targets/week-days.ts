import { policy, rules } from "../constants.ts";
import type { PlanConstraints } from "../constraints.ts";
import { miniTaperInWeekBefore, type WeekFrame } from "../macro/macro.ts";
import { dayCapMin, dayIndexOf, type WeekAvailability } from "../microcycle/availability.ts";
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
}): { longDay?: number; backToBack?: { longDay: number; mlDay: number } } {
  const { frames, frame, availability, constraints: c } = args;
  // The week before a peaked race: its days from the race's weekday on are already in the
  // race's seven days (TP-2) and the eve of a Monday race (TP-3): no long run there, nor on
  // Monday (last week placed its sessions expecting the usual long-run day). A B race's
  // mini-taper is its own week's days before it, unless it falls early in the week (MG-1);
  // a training race has none: their weekend before keeps its long run.
  const next = frames[frame.index + 1];
  const raceNext = next?.phase === "race" && next.goalId === frame.goalId ? next : undefined;
  const tapersBefore =
    raceNext !== undefined &&
    (raceNext.focus.mode === "peak" ||
      miniTaperInWeekBefore(raceNext.focus, raceNext.raceDay ?? 7));
  const windowFrom = tapersBefore ? (raceNext.raceDay ?? 7) : 7;
  // Last week's Sunday race makes Monday its morning after (IN-5).
  const raceDays = raceDaysAround(frames, frame);
  // Not the morning after a race, nor its eve or the day before that (TP-3, LR-5).
  const longChoices = {
    ...availability,
    runnable: availability.runnable.map(
      (r, d) => r && !nearRace(raceDays, d) && (windowFrom >= 7 || (d < windowFrom && d > 0)),
    ),
  };
  const longDay =
    isLoading(frame) || frame.phase === "taper"
      ? longRunDayOf(longChoices, dayIndexOf(c.longRunDay))
      : undefined;
  if (longDay === undefined) return {};
  const mlChoices = {
    ...availability,
    runnable: availability.runnable.map((r, d) => r && !nearRace(raceDays, d)),
  };
  // LR-4: the medium-long is the day after the long run. When that day is out of reach (a
  // Sunday long run), the back-to-back weekend starts a day earlier.
  const floor = args.mediumLongFloorMin;
  const after = mediumLongDayOf(mlChoices, longDay, c, floor);
  if (after !== undefined) return { longDay, backToBack: { longDay, mlDay: after } };
  const earlier = longDay - 1;
  const shifted =
    earlier >= 0 && longChoices.runnable[earlier]
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
function raceDaysAround(frames: readonly WeekFrame[], frame: WeekFrame): number[] {
  const racesOf = (f: WeekFrame | undefined) => [
    ...(f?.trainingRaces ?? []).map((r) => r.day),
    ...(f?.phase === "race" && f.raceDay !== undefined ? [f.raceDay] : []),
  ];
  return [
    ...racesOf(frame),
    ...racesOf(frames[frame.index - 1]).map((d) => d - 7),
    ...racesOf(frames[frame.index + 1]).map((d) => d + 7),
  ];
}

/** Not the morning after a race, nor its eve or the day before that (TP-3, LR-5). */
function nearRace(raceDays: readonly number[], d: number): boolean {
  return raceDays.some((r) => r - d >= -rules.veryEasyDaysAfterRace && r - d <= 2);
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
  for (const r of raceDaysAround(frames, frame))
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
  return caps
    .sort((x, y) => y - x)
    .slice(0, runDays)
    .reduce((s, x) => s + x, 0);
}

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
