/**
 * Rounding allowances of the validator, where a plan states a number rounded from others
 * (totals, zone minutes, shares) or estimates it (vert); none of these is a rule. The rules'
 * own bounds are read exactly: sessions last whole minutes, so a plan can always meet them.
 */
export const slack = {
  /** A week's stated total is the sum of its workouts rounded to the unit. */
  roundedTotal: 0.5,
  zoneMinutes: 0.05,
  contribution: 0.001,
  totalsEasyShare: 0.01,
  raceKm: 0.5,
  vertM: 50,
  /** A rise this small is no spike, whatever its percentage (the first climbs after flat weeks). */
  vertRiseM: 100,
  /** Floating point only: 36 min after 45 is a 20% drop, though 1 − 36/45 reads 0.1999…. */
  ratio: 1e-9,
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
