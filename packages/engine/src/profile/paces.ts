import type { Zone } from "../schema/plan.ts";
import type { Level } from "../schema/scenario.ts";

/**
 * Daniels–Gilbert running formula: VDOT from a race, training paces from VDOT.
 * Velocities in metres per minute, paces in seconds per km.
 */

const vo2OfVelocity = (v: number): number => -4.6 + 0.182258 * v + 0.000104 * v * v;

const fractionOfVo2max = (tMin: number): number =>
  0.8 + 0.1894393 * Math.exp(-0.012778 * tMin) + 0.2989558 * Math.exp(-0.1932605 * tMin);

export function vdotFromRace(distanceKm: number, timeMin: number): number {
  const v = (distanceKm * 1000) / timeMin;
  return vo2OfVelocity(v) / fractionOfVo2max(timeMin);
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

const paceOfVelocity = (v: number): number => 60000 / v;

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
  const at = (fraction: number) => paceOfVelocity(velocityOfVo2(vdot * fraction));
  const marathon = (predictTimeMin(vdot, 42.195) * 60) / 42.195;
  const bySecPerKm: Record<Zone, number> = {
    z1: at(0.6),
    z2: at(0.7),
    z3: marathon,
    z4: at(0.88),
    z5: at(0.975),
  };
  return { bySecPerKm, vdot, measured: race !== undefined || thresholdPaceSecPerKm !== undefined };
}

function vdotOfThresholdPace(secPerKm: number): number {
  return vo2OfVelocity(60000 / secPerKm) / 0.88;
}
