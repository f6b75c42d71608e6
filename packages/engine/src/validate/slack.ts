/**
 * Rounding allowances of the validator. Plans store rounded numbers (whole minutes, metres,
 * two-decimal shares), so each bound is read with this much slack; none of these is a rule.
 */
export const slack = {
  minutes: 1,
  /** Shares and ratios: half a percentage point. */
  share: 0.005,
  zoneMinutes: 0.05,
  contribution: 0.001,
  totalsEasyShare: 0.01,
  raceKm: 0.5,
  vertM: 50,
  /** A rise this small is no spike, whatever its percentage (the first climbs after flat weeks). */
  vertRiseM: 100,
  /** A week counts as still climbing at SP-1's rise cap when it rises at least the cap less this. */
  vertClimbing: 0.01,
} as const;

/** The bound of [lo, hi] that `value` breaks when read with `tolerance` either side, if any. */
export function brokenBound(
  value: number,
  lo: number,
  hi: number,
  tolerance: number,
): number | undefined {
  if (value < lo - tolerance) return lo;
  if (value > hi + tolerance) return hi;
  return undefined;
}
