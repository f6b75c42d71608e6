import { stringify } from "csv-stringify/sync";
import type { Plan } from "../schema/plan.ts";

const zones = ["z1", "z2", "z3", "z4", "z5"] as const;

/**
 * The plan as CSV (RFC 4180), one row a workout, for a spreadsheet: numbers stay metric and
 * unformatted, and each goal gets its own contribution column, headed `contribution:<goal id>`.
 */
export function planToCsv(plan: Plan): string {
  const goalIds = plan.goals.map((goal) => goal.id);
  const header = [
    "date",
    "week",
    "phase",
    "type",
    "title",
    "minutes",
    "km",
    "vert_m",
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
        workout.distanceKm,
        workout.vertM,
        ...zones.map((zone) => workout.zoneMinutes[zone]),
        ...goalIds.map((id) => workout.contribution[id] ?? 0),
        workout.key,
        workout.why ?? "",
      ]),
    ),
  );
  return stringify([header, ...rows], { record_delimiter: "windows", cast: { boolean: String } });
}
