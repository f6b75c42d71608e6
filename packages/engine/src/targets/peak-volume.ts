import { type DistanceCategory, peakHours, policy } from "../constants.ts";
import type { Level } from "../schema/scenario.ts";

export interface PeakVolume {
  /** Running minutes the peak weeks aim for. */
  runMin: number;
  /** PR-5: where the peak sits against the table's range. */
  status: "in-range" | "below-range" | "above-range";
  rangeMin: [number, number];
}

/**
 * PR-5: the peak week inside the table's range for the distance and level, near 1.5× what
 * the athlete runs now, lower when the ramp can't reach it in time or a cap forbids it.
 */
export function peakVolume(args: {
  category: DistanceCategory;
  level: Level;
  startRunMin: number;
  rampCap: number;
  loadingSteps: number;
  capRunMin: number;
}): PeakVolume {
  const [lo, hi] = peakHours[args.category][args.level].map((h) => h * 60) as [number, number];
  const preferred = Math.min(hi, Math.max(lo, args.startRunMin * policy.peakVolumeOfChronic));
  const reachable = args.startRunMin * (1 + args.rampCap) ** args.loadingSteps;
  const runMin = Math.max(
    Math.min(preferred, reachable, args.capRunMin),
    Math.min(args.startRunMin, args.capRunMin),
  );
  const status = runMin < lo - 0.5 ? "below-range" : runMin > hi + 0.5 ? "above-range" : "in-range";
  return { runMin, status, rangeMin: [lo, hi] };
}
