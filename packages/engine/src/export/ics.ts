import { describeSplit } from "../contribution/contribution.ts";
import { addDays } from "../dates.ts";
import { hoursMinutes, type Units, vert } from "../render/format.ts";
import { describeSteps } from "../render/steps.ts";
import type { Plan, Week, Workout } from "../schema/plan.ts";
import { formatMinutes } from "../workouts/steps.ts";
import { inDisplayUnits } from "./display-units.ts";
import { contentLines, escapeText, icsDate } from "./ics-text.ts";
import { planKey } from "./plan-key.ts";

/**
 * The plan as an iCalendar file: one all-day event a workout, rest days left out. UIDs come
 * from the plan's key and the workout id, and SEQUENCE from the revision, so importing an
 * updated plan again updates its events instead of adding copies. Text follows the
 * scenario's units.
 */
export function planToIcs(input: Plan): string {
  const plan = inDisplayUnits(input);
  const units = plan.scenario.units;
  const names = Object.fromEntries(plan.goals.map((g) => [g.id, g.name ?? g.id]));
  const key = planKey(plan);
  // DTSTAMP is required; the plan's start keeps exports of one plan byte for byte the same.
  const stamp = `${icsDate(plan.startDate)}T000000Z`;
  const events = plan.weeks.flatMap((week) =>
    week.days.flatMap((day) =>
      day.workouts
        .filter((workout) => workout.type !== "rest")
        .map((workout) =>
          contentLines([
            ["BEGIN", "VEVENT"],
            ["UID", `${key}-${workout.id}@cairn`],
            ["SEQUENCE", String(plan.revision ?? 0)],
            ["DTSTAMP", stamp],
            ["DTSTART;VALUE=DATE", icsDate(day.date)],
            ["DTEND;VALUE=DATE", icsDate(addDays(day.date, 1))],
            ["SUMMARY", escapeText(eventTitle(workout))],
            ["DESCRIPTION", escapeText(description(workout, week, units, names))],
            ["TRANSP", "TRANSPARENT"],
            ["END", "VEVENT"],
          ]),
        ),
    ),
  );
  const calendarName = `Cairn: ${plan.goals.map((g) => g.name ?? g.id).join(" + ")}`;
  return [
    contentLines([
      ["BEGIN", "VCALENDAR"],
      ["VERSION", "2.0"],
      ["PRODID", "-//Cairn//Training plan//EN"],
      ["CALSCALE", "GREGORIAN"],
      ["X-WR-CALNAME", escapeText(calendarName)],
    ]),
    ...events,
    contentLines([["END", "VCALENDAR"]]),
  ].join("");
}

/** "Tempo 2 × 10 min · 49 min"; the duration said once when the title has it already. */
function eventTitle(workout: Workout): string {
  const duration = formatMinutes(workout.durationMin);
  return workout.title.includes(duration) ? workout.title : `${workout.title} · ${duration}`;
}

/** Steps, why and notes of the workout, then what its week aims at. */
function description(
  workout: Workout,
  week: Week,
  units: Units,
  names: Record<string, string>,
): string {
  const lines: string[] = [];
  if (workout.steps.length > 0) lines.push(describeSteps(workout.steps, units));
  if (workout.why) lines.push(workout.why);
  lines.push(...workout.notes, "");
  const { targets } = week;
  lines.push(
    `Week ${week.index + 1} · ${week.phase} · target ${hoursMinutes(targets.volumeMin)}, ` +
      `long run ${hoursMinutes(targets.longRunMin)}, ${vert(targets.vertM, units)} up, ` +
      `${Math.round(targets.qualityMin)} min quality`,
  );
  if (Object.keys(names).length > 1)
    lines.push(`Goal split: ${describeSplit(week.goalSplit, names)}`);
  return lines.join("\n");
}
