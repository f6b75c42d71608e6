import type { AthleteProfile } from "../schema/plan.ts";
import { formatPace, type Units } from "./format.ts";

/** "VDOT 44.7 · easy 5:21–6:24/km · marathon 4:58/km · …", when the paces were measured. */
export function describePaces(profile: AthleteProfile, units: Units): string | undefined {
  const paces = profile.paces;
  if (paces === undefined) return undefined;
  return [
    `VDOT ${profile.vdot}`,
    `easy ${formatPace(paces.easy, units)}`,
    `marathon ${formatPace([paces.marathon], units)}`,
    `threshold ${formatPace([paces.threshold], units)}`,
    `interval ${formatPace([paces.interval], units)}`,
    `repetition ${formatPace([paces.repetition], units)}`,
  ].join(" · ");
}

/** "z1 121–142 · z2 143–151 · … bpm", when LTHR or max HR was given. */
export function describeHrZones(profile: AthleteProfile): string | undefined {
  const zones = profile.hrZones;
  if (zones === undefined || zones.length === 0) return undefined;
  return `${zones.map((z) => `${z.zone} ${z.min}–${z.max}`).join(" · ")} bpm`;
}
