import { dayLabel, distance, hoursMinutes, longDate, type Units, vert } from "../render/format.ts";
import { describeSteps } from "../render/steps.ts";
import type { Day, Phase, Plan, Week, Workout } from "../schema/plan.ts";
import { formatMinutes } from "../workouts/steps.ts";
import { inDisplayUnits } from "./display-units.ts";
import { htmlStyle } from "./html-style.ts";

/**
 * The plan as a printable HTML page: goals, phase timeline, then each week day by day, in the
 * scenario's units.
 */
export function planToHtml(input: Plan): string {
  const plan = inDisplayUnits(input);
  const units = plan.scenario.units;
  const title = `Training plan: ${plan.goals.map((g) => g.name ?? g.id).join(" + ")}`;
  const goals = plan.goals.map(
    (g) =>
      `<li>${escapeHtml(g.name ?? g.id)} — ${distance(g.distanceKm, units)}, ${longDate(g.date)}, priority ${g.priority}</li>`,
  );
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${htmlStyle}</style>`,
    "</head>",
    "<body>",
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>${plan.startDate} to ${plan.endDate} · ${plan.weeks.length} weeks</p>`,
    `<ul>${goals.join("")}</ul>`,
    phaseTable(plan.phases),
    ...plan.weeks.map((week) => weekSection(week, units)),
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** Text safe inside elements and quoted attributes. */
function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

function phaseTable(phases: readonly Phase[]): string {
  const rows = phases.map((phase) => {
    const first = Math.min(...phase.weekIndexes) + 1;
    const last = Math.max(...phase.weekIndexes) + 1;
    const weeks = first === last ? `${first}` : `${first}–${last}`;
    const cells = [
      phase.kind,
      phase.goalId ?? "—",
      weeks,
      `${phase.startDate} to ${phase.endDate}`,
    ];
    return `<tr>${cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join("")}</tr>`;
  });
  return [
    "<h2>Phases</h2>",
    "<table><thead><tr><th>Phase</th><th>Goal</th><th>Weeks</th><th>Dates</th></tr></thead>",
    `<tbody>${rows.join("")}</tbody></table>`,
  ].join("\n");
}

function weekSection(week: Week, units: Units): string {
  const kind = week.kind === week.phase ? "" : ` (${week.kind})`;
  const { targets } = week;
  return [
    `<section class="week" id="week-${week.index + 1}">`,
    `<h2>Week ${week.index + 1} · ${week.phase}${kind} · ${week.startDate}</h2>`,
    `<p>Target ${hoursMinutes(targets.volumeMin)} · long run ${hoursMinutes(targets.longRunMin)} · ${vert(targets.vertM, units)} up · planned ${hoursMinutes(week.totals.volumeMin)}</p>`,
    week.why ? `<p class="why">${escapeHtml(week.why)}</p>` : "",
    "<table><tbody>",
    ...week.days.map((day) => dayRow(day, units)),
    "</tbody></table>",
    "</section>",
  ].join("\n");
}

function dayRow(day: Day, units: Units): string {
  const workouts = day.workouts.filter((w) => w.type !== "rest");
  const cell =
    workouts.length === 0
      ? '<span class="rest">Rest</span>'
      : workouts.map((workout) => workoutHtml(workout, units)).join("");
  return `<tr><th>${escapeHtml(dayLabel(day.date))}</th><td>${cell}</td></tr>`;
}

function workoutHtml(workout: Workout, units: Units): string {
  const facts = [formatMinutes(workout.durationMin)];
  if (workout.distanceKm > 0) facts.push(distance(workout.distanceKm, units));
  if (workout.vertM > 0) facts.push(`${vert(workout.vertM, units)} up`);
  const title = `<span${workout.key ? ' class="key"' : ""}>${escapeHtml(workout.title)}</span>`;
  const parts = [`<div>${title} · ${facts.join(" · ")}</div>`];
  if (workout.steps.length > 0)
    parts.push(`<div class="steps">${escapeHtml(describeSteps(workout.steps, units))}</div>`);
  if (workout.why) parts.push(`<p class="why">${escapeHtml(workout.why)}</p>`);
  parts.push(...workout.notes.map((note) => `<div>${escapeHtml(note)}</div>`));
  return parts.join("");
}
