import { z } from "zod";
import { err, ok, type Result } from "../result.ts";
import { type InputIssue, zodIssues } from "../schema/issues.ts";
import { athlete } from "../schema/scenario.ts";
import { type HrZone, hrZones } from "./hr-zones.ts";
import { measureIssues } from "./measure-issues.ts";
import { type NamedPaces, namedPaces } from "./pace-zones.ts";
import { vdotFromRace, vdotRaceKm } from "./paces.ts";

/** An athlete's paces and heart-rate zones, as `cairn zones` prints them. */
export interface ZonesReport {
  /** To one decimal. */
  vdot: number;
  paceSecPerKm: NamedPaces;
  /** Empty without LTHR or max HR. */
  hrZones: HrZone[];
}

const raceKmMessage = `a VDOT is read from a race of ${vdotRaceKm.min} to ${vdotRaceKm.max} km`;

/** A race to read the VDOT from, and the heart rates the zones come from (the athlete's fields). */
export const zonesRequest = z.strictObject({
  recentRace: z.strictObject({
    distanceKm: z.number().min(vdotRaceKm.min, raceKmMessage).max(vdotRaceKm.max, raceKmMessage),
    timeMin: z.number().positive(),
  }),
  lthr: athlete.shape.lthr,
  maxHr: athlete.shape.maxHr,
});
export type ZonesRequest = z.input<typeof zonesRequest>;

/** Race (and heart rates) → VDOT, Daniels' paces and heart-rate zones; or what is wrong. */
export function zonesReport(input: unknown): Result<ZonesReport, InputIssue[]> {
  const parsed = zonesRequest.safeParse(input, { reportInput: true });
  if (!parsed.success) return err(zodIssues(parsed.error));
  const issues = measureIssues(parsed.data);
  if (issues.length > 0) return err(issues);
  const { recentRace, lthr, maxHr } = parsed.data;
  const vdot = vdotFromRace(recentRace.distanceKm, recentRace.timeMin);
  return ok({
    vdot: Math.round(vdot * 10) / 10,
    paceSecPerKm: namedPaces(vdot),
    hrZones: hrZones({ lthr, maxHr }),
  });
}
