import { describeSplit } from "../contribution/contribution.ts";
import type { Week } from "../schema/plan.ts";
import { renderDays } from "./days.ts";
import { distance, hoursMinutes, percent, type Units, vert } from "./format.ts";

/** One week: heading, targets against what the days add up to, why, then the days. */
export function renderWeek(week: Week, units: Units, goalNames: Record<string, string>): string {
  const kind = week.kind === week.phase ? "" : ` (${week.kind})`;
  const lines = [`## Week ${week.index + 1} · ${week.phase}${kind} · ${week.startDate}`, ""];
  lines.push(...loadTable(week, units), "");
  if (Object.keys(goalNames).length > 1)
    lines.push(`Goal split: ${describeSplit(week.goalSplit, goalNames)}`, "");
  if (week.why) lines.push(week.why, "");
  lines.push(...renderDays(week.days, units));
  return lines.join("\n");
}

function loadTable(week: Week, units: Units): string[] {
  const { targets, totals } = week;
  return [
    "| | Volume | Long run | Vert | Quality | Easy share | Distance |",
    "|---|---:|---:|---:|---:|---:|---:|",
    row("Target", [
      hoursMinutes(targets.volumeMin),
      hoursMinutes(targets.longRunMin),
      vert(targets.vertM, units),
      `${Math.round(targets.qualityMin)} min`,
      "—",
      "—",
    ]),
    row("Planned", [
      hoursMinutes(totals.volumeMin),
      hoursMinutes(totals.longRunMin),
      vert(totals.vertM, units),
      `${Math.round(totals.qualityMin)} min`,
      percent(totals.easyShare),
      distance(totals.distanceKm, units),
    ]),
  ];
}

const row = (label: string, cells: readonly string[]): string =>
  `| ${label} | ${cells.join(" | ")} |`;
