import type { InputIssue } from "../schema/issues.ts";
import { plausibleVdot, vdotFromRace, vdotOfThresholdPace, vdotRaceKm } from "./paces.ts";

/** The athlete's measures that paces and heart-rate zones are read from. */
export interface Measures {
  recentRace?: { distanceKm: number; timeMin: number } | undefined;
  thresholdPaceSecPerKm?: number | undefined;
  lthr?: number | undefined;
  maxHr?: number | undefined;
}

/**
 * What the schema cannot see field by field: a race or threshold pace no runner could run
 * (a typo, seconds for minutes) would make every pace in the plan absurd, and LTHR sits
 * below max HR. `prefix` is the measures' place in the document ("athlete.").
 */
export function measureIssues(m: Measures, prefix = ""): InputIssue[] {
  const issues: InputIssue[] = [];
  const race = m.recentRace;
  if (race && race.distanceKm >= vdotRaceKm.min && race.distanceKm <= vdotRaceKm.max) {
    const issue = implausible(vdotFromRace(race.distanceKm, race.timeMin));
    if (issue)
      issues.push({
        field: `${prefix}recentRace.timeMin`,
        message: `${race.distanceKm} km in ${race.timeMin} min ${issue}`,
      });
  }
  if (m.thresholdPaceSecPerKm !== undefined) {
    const issue = implausible(vdotOfThresholdPace(m.thresholdPaceSecPerKm));
    if (issue)
      issues.push({
        field: `${prefix}thresholdPaceSecPerKm`,
        message: `${m.thresholdPaceSecPerKm} s per km ${issue}`,
      });
  }
  if (m.lthr !== undefined && m.maxHr !== undefined && m.lthr >= m.maxHr) {
    issues.push({
      field: `${prefix}lthr`,
      message: `${m.lthr} bpm is not below the max heart rate (${m.maxHr} bpm)`,
    });
  }
  return issues;
}

function implausible(vdot: number): string | undefined {
  const shown = Math.round(vdot * 10) / 10;
  if (vdot > plausibleVdot.max)
    return `gives a VDOT of ${shown}: faster than anyone has raced (above VDOT ${plausibleVdot.max})`;
  if (vdot < plausibleVdot.min)
    return `gives a VDOT of ${shown}: slower than a walk (below VDOT ${plausibleVdot.min})`;
  return undefined;
}
