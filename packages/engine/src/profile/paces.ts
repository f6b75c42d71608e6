import type { Zone } from "../schema/plan.ts";
import type { Level } from "../schema/scenario.ts";

/**
 * Daniels–Gilbert running formula: VDOT from a race, training paces from VDOT.
 * Velocities in metres per minute, paces in seconds per km.
 */

/** The race distances a VDOT is read from: Daniels' tables run from 1500 m to the marathon. */
export const vdotRaceKm = { min: 1.5, max: 42.5 } as const;

/** No one has raced above VDOT 90; below 10 is a walk, and the formula is built from running. */
export const plausibleVdot = { min: 10, max: 90 } as const;

export const marathonKm = 42.195;

/** Daniels: threshold pace costs about 88% of VDOT, interval pace 97.5%. */
export const thresholdFraction = 0.88;
export const intervalFraction = 0.975;

const vo2OfVelocity = (v: number): number => -4.6 + 0.182258 * v + 0.000104 * v * v;

const fractionOfVo2max = (tMin: number): number =>
  0.8 + 0.1894393 * Math.exp(-0.012778 * tMin) + 0.2989558 * Math.exp(-0.1932605 * tMin);

export function vdotFromRace(distanceKm: number, timeMin: number): number {
  const v = (distanceKm * 1000) / timeMin;
  return vo2OfVelocity(v) / fractionOfVo2max(timeMin);
}

export function vdotOfThresholdPace(secPerKm: number): number {
  return vo2OfVelocity(60000 / secPerKm) / thresholdFraction;
}

/** The velocity (m/min) whose oxygen cost is `vo2` (inverse of the VO2 polynomial). */
function velocityOfVo2(vo2: number): number {
  const a = 0.000104;
  const b = 0.182258;
  const c = -4.6 - vo2;
  return (-b + Math.sqrt(b * b - 4 * a * c)) / (2 * a);
}

/** Race time (min) the VDOT predicts for a distance: bisection on the formula. */
export function predictTimeMin(vdot: number, distanceKm: number): number {
  let lo = 1;
  let hi = 3000;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (vdotFromRace(distanceKm, mid) > vdot) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Seconds per km of the velocity whose oxygen cost is `fraction` of VDOT (0.88: threshold). */
export const paceAtFraction = (vdot: number, fraction: number): number =>
  60000 / velocityOfVo2(vdot * fraction);

/** The share of VDOT a pace costs: the inverse of paceAtFraction. */
export const fractionOfPace = (vdot: number, secPerKm: number): number =>
  vo2OfVelocity(60000 / secPerKm) / vdot;

/** Race pace (s/km) the VDOT predicts for a distance. */
export const racePaceSecPerKm = (vdot: number, distanceKm: number): number =>
  (predictTimeMin(vdot, distanceKm) * 60) / distanceKm;

export interface TrainingPaces {
  /** Seconds per km at the middle of each zone's effort. */
  bySecPerKm: Record<Zone, number>;
  vdot: number;
  /** True when the VDOT comes from the athlete's race or threshold pace, not a level default. */
  measured: boolean;
}

/** Easy-pace defaults by level when there is no race or threshold to derive from. */
const defaultVdot: Record<Level, number> = { beginner: 33, intermediate: 42, advanced: 50 };

export function trainingPaces(
  level: Level,
  race?: { distanceKm: number; timeMin: number },
  thresholdPaceSecPerKm?: number,
): TrainingPaces {
  const vdot = race
    ? vdotFromRace(race.distanceKm, race.timeMin)
    : thresholdPaceSecPerKm
      ? vdotOfThresholdPace(thresholdPaceSecPerKm)
      : defaultVdot[level];
  const bySecPerKm: Record<Zone, number> = {
    z1: paceAtFraction(vdot, 0.6),
    z2: paceAtFraction(vdot, 0.7),
    z3: racePaceSecPerKm(vdot, marathonKm),
    z4: paceAtFraction(vdot, thresholdFraction),
    z5: paceAtFraction(vdot, intervalFraction),
  };
  return { bySecPerKm, vdot, measured: race !== undefined || thresholdPaceSecPerKm !== undefined };
}
