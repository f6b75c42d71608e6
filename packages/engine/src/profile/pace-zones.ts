import type { Zone } from "../schema/plan.ts";
import {
  fractionOfPace,
  intervalFraction,
  marathonKm,
  paceAtFraction,
  racePaceSecPerKm,
  thresholdFraction,
} from "./paces.ts";

/** Daniels' training paces in whole seconds per km; `easy` is [fast, slow]. */
export interface NamedPaces {
  easy: [number, number];
  marathon: number;
  threshold: number;
  interval: number;
  repetition: number;
}

/** A pace band in whole seconds per km, fast end first. */
export type PaceBand = [number, number];

const mileKm = 1.609344;
/** Daniels: easy running costs 59–74% of VDOT. */
const easyFractions = { fast: 0.74, slow: 0.59 } as const;

/** E as a range, M the predicted marathon pace, T and I by share of VDOT, R about mile race pace. */
export function namedPaces(vdot: number): NamedPaces {
  return {
    easy: band(vdot, easyFractions.fast, easyFractions.slow),
    marathon: Math.round(racePaceSecPerKm(vdot, marathonKm)),
    threshold: Math.round(paceAtFraction(vdot, thresholdFraction)),
    interval: Math.round(paceAtFraction(vdot, intervalFraction)),
    // A mile that takes over ~10 minutes (VDOT under ~20) is run below VO2max: R stays above it.
    repetition: Math.round(Math.min(racePaceSecPerKm(vdot, mileKm), paceAtFraction(vdot, 1))),
  };
}

/**
 * The pace band a step of each zone is run at, as shares of VDOT around the pace the zone
 * is counted at for distance (trainingPaces): z1 recovery below easy, z2 easy, z3 around
 * marathon pace and mostly slower (steady running), z4 threshold ± 2%, z5 interval pace
 * ± 2.5% (95–100% of VDOT).
 */
export function paceBands(vdot: number): Record<Zone, PaceBand> {
  const marathon = fractionOfPace(vdot, racePaceSecPerKm(vdot, marathonKm));
  return {
    z1: band(vdot, 0.62, 0.55),
    z2: band(vdot, easyFractions.fast, 0.62),
    z3: band(vdot, marathon + 0.015, marathon - 0.03),
    z4: band(vdot, thresholdFraction + 0.02, thresholdFraction - 0.02),
    z5: band(vdot, 1, 0.95),
  };
}

const band = (vdot: number, fast: number, slow: number): PaceBand => [
  Math.round(paceAtFraction(vdot, fast)),
  Math.round(paceAtFraction(vdot, slow)),
];
