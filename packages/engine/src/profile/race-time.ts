import { rules } from "../constants.ts";
import { predictTimeMin } from "./paces.ts";

/** Riegel's exponent past the marathon: ultras slow down more than the road formula says. */
const ultraExponent = 1.15;
const marathonKm = 42.195;

/**
 * Predicted race time: Daniels' VDOT up to the marathon, Riegel with a larger exponent
 * beyond it, on the race's km-effort (km + gain/100) so climbing costs time.
 */
export function predictRaceMin(vdot: number, distanceKm: number, elevationGainM: number): number {
  const effortKm = distanceKm + elevationGainM * rules.kmEffortPerVertM;
  if (effortKm <= marathonKm) return predictTimeMin(vdot, effortKm);
  return predictTimeMin(vdot, marathonKm) * (effortKm / marathonKm) ** ultraExponent;
}
