import { policy } from "../constants.ts";
import { afterRaceDays } from "../targets/after-race.ts";
import type { WeekTarget } from "../targets/week-target.ts";

/**
 * The days after a short race that hold a recovery run: as many as its minutes fill at a
 * recovery run's floor and `room` run days allow, spread so rest days fall between them,
 * never on a day that already runs (a locked run).
 */
export function afterRaceRunDays(
  t: WeekTarget,
  room: number,
  taken: ReadonlySet<number>,
): number[] {
  const days = afterRaceDays(t.frame, t.availability).filter((d) => !taken.has(d));
  const byMinutes = Math.floor((t.afterRaceMin ?? 0) / policy.afterRaceRunMin[0]);
  const n = Math.min(days.length, room, byMinutes);
  if (n <= 0) return [];
  const offset = Math.floor(days.length / (2 * n));
  return Array.from({ length: n }, (_, i) => days[Math.floor((i * days.length) / n) + offset] ?? 0);
}
