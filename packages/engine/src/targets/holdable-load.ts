/**
 * PR-3 looking ahead, in the four weeks after a race: the block's peak and the race's own load
 * (it was run) leave the window week by week, and a week may climb to a level the week after
 * it cannot hold under the cap: 496 minutes after a 100-miler's recovery, then 343. Such a
 * week climbs no higher than the next one could stay at, under the cap over the window's
 * newer weeks and itself: L ≤ cap × (newer + L) / n, so L ≤ cap × newer / (n − cap).
 *
 * `loads` are the weeks before, oldest first, with their races; `raceLoads` the races' share
 * of each.
 */
export function holdableLoad(
  loads: readonly number[],
  raceLoads: readonly number[],
  cap: number,
  windowWeeks: number,
): number {
  const window = loads.slice(-windowWeeks);
  const room = window.length - cap;
  const afterRace = raceLoads.slice(-window.length).some((r) => r > 0);
  if (!afterRace || room <= 0) return Number.POSITIVE_INFINITY;
  const newer = window.slice(1).reduce((s, x) => s + x, 0);
  return (cap * newer) / room;
}
