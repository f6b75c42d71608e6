import type { PlanConstraints } from "../constraints.ts";
import { dayCapMin, type WeekAvailability } from "./availability.ts";

/** The long-run day: the preferred one when runnable, else the nearest runnable day, later first. */
export function longRunDayOf(a: WeekAvailability, preferred: number): number | undefined {
  for (const offset of [0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6]) {
    const d = preferred + offset;
    if (d >= 0 && d <= 6 && a.runnable[d]) return d;
  }
  return undefined;
}

/**
 * The medium-long day of a back-to-back: the day after the long run (LR-4), when that day's
 * cap holds at least `minMin`.
 */
export function mediumLongDayOf(
  a: WeekAvailability,
  longDay: number,
  c: PlanConstraints,
  minMin: number,
): number | undefined {
  const d = longDay + 1;
  return d <= 6 && a.runnable[d] && dayCapMin(d, c) >= minMin ? d : undefined;
}

/**
 * The race's eve takes a shake-out (TP-3), unless the week's few run days leave it resting
 * and keep the running on the days before (TP-2).
 */
export function eveShakesOut(runnable: readonly boolean[], raceDay: number, runDays: number) {
  const otherDays = runnable.slice(0, Math.max(0, raceDay - 1)).some(Boolean);
  return runDays >= 4 || (runDays >= 2 && !otherDays);
}

/** A race week holds its sharp session early: before a race from Thursday on, with no training race. */
export const holdsSharpSession = (raceDay: number, trainingRaces: number): boolean =>
  raceDay >= 3 && trainingRaces === 0;
