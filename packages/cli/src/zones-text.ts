import { formatPace, type ZonesReport } from "@cairn/engine";
import type { ZonesFlags } from "./zones-command.ts";

/** The zones report as a table to read: VDOT and the race it came from, paces, heart rate. */
export function zonesText(report: ZonesReport, flags: ZonesFlags): string {
  const p = report.paceSecPerKm;
  const paces: [string, number[]][] = [
    ["easy", p.easy],
    ["marathon", [p.marathon]],
    ["threshold", [p.threshold]],
    ["interval", [p.interval]],
    ["repetition", [p.repetition]],
  ];
  const lines = [
    `VDOT ${report.vdot} (${flags.raceKm} km in ${clock(flags.raceTime)})`,
    "",
    "Paces",
    ...paces.map(([name, pace]) => `  ${name.padEnd(11)} ${formatPace(pace, "metric")}`),
    "",
  ];
  if (report.hrZones.length === 0) {
    lines.push("Heart rate: give --lthr or --max-hr for heart-rate zones.");
  } else {
    lines.push(`Heart rate (${heartRateSource(flags)})`);
    for (const z of report.hrZones) lines.push(`  ${z.zone.padEnd(11)} ${z.min}–${z.max} bpm`);
  }
  return `${lines.join("\n")}\n`;
}

function heartRateSource(flags: ZonesFlags): string {
  if (flags.lthr === undefined) return `% of max HR ${flags.maxHr}`;
  return `Friel, % of LTHR ${flags.lthr}${flags.maxHr === undefined ? "" : `, up to max HR ${flags.maxHr}`}`;
}

/** Minutes as the race clock shows them: 45.5 → "45:30", 98.33 → "1:38:20". */
function clock(minutes: number): string {
  const total = Math.round(minutes * 60);
  const two = (n: number) => String(n).padStart(2, "0");
  const [h, m, s] = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60];
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}
