import { dayLabel } from "../render/format.ts";
import { ok, type Result } from "../result.ts";
import type { Plan, WorkoutType } from "../schema/plan.ts";
import { formatMinutes } from "../workouts/steps.ts";
import { findDay, freshId, withDayWorkouts, workoutIds, workoutsOn } from "./locate.ts";
import type { SteerIssue } from "./scope.ts";
import { owned, placedOn, settle } from "./settle.ts";
import { shapeContext } from "./shape-context.ts";
import { checkMinutes, checkType } from "./workout-input.ts";
import { withArticle } from "./workout-names.ts";
import { shapeWorkout } from "./workout-shape.ts";

/** A workout the runner adds: its type and minutes; the structure is shaped for them. */
export interface NewWorkout {
  type: WorkoutType;
  durationMin: number;
}

/**
 * Add a workout on a day of the plan, shaped as the generator shapes its type, with a fresh
 * id of that date. It replaces a rest workout there, is the runner's (locked), and its week's
 * totals are read again; a rule it breaks becomes a warning that offers the fix.
 */
export function addWorkout(
  plan: Plan,
  date: string,
  workout: NewWorkout,
): Result<Plan, SteerIssue> {
  const day = findDay(plan, date, "date");
  if (!day.ok) return day;
  const type = checkType(workout.type);
  if (!type.ok) return type;
  const minutes = checkMinutes(workout.durationMin, type.value);
  if (!minutes.ok) return minutes;
  const { weekIndex } = day.value;
  const id = freshId(date, workoutIds(plan));
  const shaped = shapeWorkout(id, type.value, minutes.value, shapeContext(plan, weekIndex, id));
  const workouts = placedOn(workoutsOn(plan, day.value), owned(shaped, date, plan));
  return ok(
    settle(withDayWorkouts(plan, day.value, workouts), [weekIndex], {
      kind: "add",
      summary: `Added ${withArticle(type.value)} of ${formatMinutes(minutes.value)} on ${dayLabel(date)}`,
      workoutIds: [id],
    }),
  );
}
