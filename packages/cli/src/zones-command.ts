import { type InputIssue, type Result, zonesReport } from "@cairn/engine";
import { describeIssues } from "./describe-issues.ts";
import { zonesText } from "./zones-text.ts";

export const zonesFormats = ["text", "json"] as const;
export type ZonesFormat = (typeof zonesFormats)[number];

export interface ZonesFlags {
  raceKm: number;
  /** Minutes. */
  raceTime: number;
  lthr?: number;
  maxHr?: number;
  format: ZonesFormat;
}

/** The engine names the request's fields; the user typed flags. */
const flagOf: Record<string, string> = {
  "recentRace.distanceKm": "--race-km",
  "recentRace.timeMin": "--race-time",
  lthr: "--lthr",
  maxHr: "--max-hr",
};

/** `cairn zones`: a race (and heart rates) → VDOT, training paces and heart-rate zones. */
export function zonesCommand(flags: ZonesFlags): Result<string, string> {
  const report = zonesReport({
    recentRace: { distanceKm: flags.raceKm, timeMin: flags.raceTime },
    ...(flags.lthr === undefined ? {} : { lthr: flags.lthr }),
    ...(flags.maxHr === undefined ? {} : { maxHr: flags.maxHr }),
  });
  if (!report.ok) return { ok: false, error: describeIssues(report.error.map(asFlag)) };
  const text =
    flags.format === "json"
      ? `${JSON.stringify(report.value, null, 2)}\n`
      : zonesText(report.value, flags);
  return { ok: true, value: text };
}

const asFlag = (issue: InputIssue): InputIssue => ({
  field: flagOf[issue.field] ?? issue.field,
  message: issue.message,
});
