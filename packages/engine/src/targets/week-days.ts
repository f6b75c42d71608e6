import { policy } from "../constants.ts";
import type { PlanConstraints } from "../constraints.ts";
import type { WeekFrame } from "../macro/macro.ts";
import { dayCapMin, dayIndexOf, type WeekAvailability } from "../microcycle/availability.ts";
import { longRunDayOf, mediumLongDayOf } from "../microcycle/key-days.ts";
import { isLoading } from "./block.ts";

/**
 * Where a week's long run (and a back-to-back's medium-long) may go: the athlete's long-run
 * day when it can, never in the race's own seven days before a race, never beside a race.
 */
export function longRunDays(args: {
  frames: readonly WeekFrame[];
  frame: WeekFrame;
  availability: WeekAvailability;
  constraints: PlanConstraints;
  mediumLongFloorMin: number;
}): { longDay?: number; mlDay?: number } {
  const { frames, frame, availability, constraints: c } = args;
  // The week before the race: its days from the race's weekday on are already in the race's
  // seven days (TP-2) and the eve of a Monday race (TP-3): no long run there, nor on Monday
  // (last week placed its sessions expecting the usual long-run day).
  const next = frames[frame.index + 1];
  const windowFrom =
    next?.phase === "race" && next.goalId === frame.goalId ? (next.raceDay ?? 7) : 7;
  // Training races of this week and the weeks either side (last week's Sunday race makes
  // Monday its morning after, IN-5).
  const last = frames[frame.index - 1];
  const raceDays = [
    ...frame.trainingRaces.map((r) => r.day),
    ...(last?.trainingRaces ?? []).map((r) => r.day - 7),
    ...(next?.trainingRaces ?? []).map((r) => r.day + 7),
  ];
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
  const mlDay = mediumLongDayOf(
    mlChoices,
    longDay,
    (d) => dayCapMin(d, c),
    args.mediumLongFloorMin,
  );
  return mlDay === undefined ? { longDay } : { longDay, mlDay };
}

/** Not the morning after a race, nor its eve or the day before that (TP-3, LR-5). */
function nearRace(raceDays: readonly number[], d: number): boolean {
  return raceDays.some((r) => r - d >= -1 && r - d <= 2);
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
