import { stringify } from "csv-stringify/sync";
import type { Plan, Workout } from "../schema/plan.ts";
import { inDisplayUnits } from "./display-units.ts";

const zones = ["z1", "z2", "z3", "z4", "z5"] as const;
const kmPerMile = 1.609344;
const metresPerFoot = 0.3048;

/** Distance and climbing columns in the scenario's units, their unit in the header. */
const amountColumns = {
  metric: {
    header: ["km", "vert_m"],
    values: (w: Workout) => [w.distanceKm, w.vertM],
  },
  imperial: {
    header: ["mi", "vert_ft"],
    values: (w: Workout) => [
      Math.round((w.distanceKm / kmPerMile) * 100) / 100,
      Math.round(w.vertM / metresPerFoot),
    ],
  },
};

/**
 * The plan as CSV (RFC 4180), one row a workout, for a spreadsheet: numbers unformatted, in
 * the scenario's units (metric as the plan holds them; miles and feet, rounded, for an
 * imperial runner), and each goal gets its own contribution column, `contribution:<goal id>`.
 */
export function planToCsv(input: Plan): string {
  const plan = inDisplayUnits(input);
  const amounts = amountColumns[plan.scenario.units];
  const goalIds = plan.goals.map((goal) => goal.id);
  const header = [
    "date",
    "week",
    "phase",
    "type",
    "title",
    "minutes",
    ...amounts.header,
    ...zones.map((zone) => `${zone}_min`),
    ...goalIds.map((id) => `contribution:${id}`),
    "key",
    "why",
  ];
  const rows = plan.weeks.flatMap((week) =>
    week.days.flatMap((day) =>
      day.workouts.map((workout) => [
        day.date,
        week.index + 1,
        week.phase,
        workout.type,
        workout.title,
        workout.durationMin,
        ...amounts.values(workout),
        ...zones.map((zone) => workout.zoneMinutes[zone]),
        ...goalIds.map((id) => workout.contribution[id] ?? 0),
        workout.key,
        workout.why ?? "",
      ]),
    ),
  );
  return stringify([header, ...rows], { record_delimiter: "windows", cast: { boolean: String } });
}
