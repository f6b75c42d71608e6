import type { Day, Workout } from "../schema/plan.ts";
import { formatMinutes } from "../workouts/steps.ts";
import { dayLabel, distance, type Units, vert } from "./format.ts";
import { describeSteps } from "./steps.ts";

/** The week day by day: one bullet a workout, its steps, why and notes beneath. */
export function renderDays(days: readonly Day[], units: Units): string[] {
  return days.flatMap((day) => {
    const label = `**${dayLabel(day.date)}**`;
    if (day.workouts.length === 0) return [`- ${label} — Rest`];
    return day.workouts.flatMap((workout) => renderWorkout(label, workout, units));
  });
}

function renderWorkout(label: string, workout: Workout, units: Units): string[] {
  const lines = [`- ${label} — ${summary(workout, units)}`];
  if (workout.steps.length > 0) lines.push(`  - ${describeSteps(workout.steps, units)}`);
  if (workout.why) lines.push(`  - _${workout.why}_`);
  for (const note of workout.notes) lines.push(`  - ${note}`);
  return lines;
}

/** "Tempo 3 × 10 min (key) · 1 h 00 · 11.5 km · 50 m up" */
function summary(workout: Workout, units: Units): string {
  if (workout.type === "rest") return workout.title;
  const parts = [workout.key ? `${workout.title} (key)` : workout.title];
  const duration = formatMinutes(workout.durationMin);
  // Titles often carry the duration already ("Easy run 45 min"): say it once.
  if (!workout.title.includes(duration)) parts.push(duration);
  if (workout.distanceKm > 0) parts.push(distance(workout.distanceKm, units));
  if (workout.vertM > 0) parts.push(`${vert(workout.vertM, units)} up`);
  return parts.join(" · ");
}
