import { err, ok, type Result } from "../result.ts";
import type { Plan, WorkoutType } from "../schema/plan.ts";
import { formatMinutes } from "../workouts/steps.ts";
import { findEditable, freshId, withDayWorkouts, workoutIds, workoutsOn } from "./locate.ts";
import { rescaled } from "./rescale.ts";
import type { SteerIssue } from "./scope.ts";
import { leftWithout, owned, settle } from "./settle.ts";
import { shapeContext } from "./shape-context.ts";
import { checkMinutes, checkType } from "./workout-input.ts";
import { theWorkoutOf, withArticle } from "./workout-names.ts";
import { shapeWorkout } from "./workout-shape.ts";

/** What the runner changes in a workout: its minutes, its type, or both. */
export interface WorkoutEdit {
  durationMin?: number;
  type?: WorkoutType;
}

/**
 * Change a workout's duration or type. A new duration scales its steps, distance and
 * climbing in proportion; a new type shapes it afresh as the generator shapes that type
 * (an easy run is one z2 step). The workout becomes the runner's (locked), its week's totals
 * are read again, and a rule the edit breaks is kept with a warning that offers the fix.
 */
export function editWorkout(
  plan: Plan,
  workoutId: string,
  edit: WorkoutEdit,
): Result<Plan, SteerIssue> {
  const at = findEditable(plan, workoutId);
  if (!at.ok) return at;
  const { workout: old, date, weekIndex } = at.value;
  const type = edit.type === undefined ? ok(old.type) : checkType(edit.type);
  if (!type.ok) return type;
  const minutes = checkMinutes(edit.durationMin ?? old.durationMin, type.value);
  if (!minutes.ok) return minutes;
  const [newType, newMin] = [type.value, minutes.value];
  if (newType === old.type && newMin === old.durationMin)
    return err({
      field: "edit",
      message: `nothing to change: "${workoutId}" is already ${withArticle(newType)} of ${formatMinutes(newMin)}`,
    });
  // A workout of no minutes has nothing to scale from: it is shaped like a new one.
  const next =
    newType === old.type && old.durationMin > 0
      ? rescaled(old, newMin)
      : shapeWorkout(old.id, newType, newMin, shapeContext(plan, weekIndex, old.id));
  const workouts = workoutsOn(plan, at.value).map((w) =>
    w.id === workoutId ? owned(next, date, plan) : w,
  );
  const what = theWorkoutOf(old, date);
  const summary =
    newType !== old.type
      ? `Changed ${what} to ${withArticle(newType)} of ${formatMinutes(newMin)}`
      : `${newMin < old.durationMin ? "Shortened" : "Lengthened"} ${what} to ${formatMinutes(newMin)}`;
  return ok(
    settle(withDayWorkouts(plan, at.value, workouts), [weekIndex], {
      kind: "edit",
      summary,
      workoutIds: [workoutId],
    }),
  );
}

/**
 * Delete a workout. A day left empty gets a rest workout, locked: the runner wants that day
 * free, and regeneration should not fill it again.
 */
export function deleteWorkout(plan: Plan, workoutId: string): Result<Plan, SteerIssue> {
  const at = findEditable(plan, workoutId);
  if (!at.ok) return at;
  const { workout, date, weekIndex } = at.value;
  const restId = freshId(date, workoutIds(plan));
  const workouts = leftWithout(
    workoutsOn(plan, at.value),
    workoutId,
    { date, restId, keepFree: true },
    plan,
  );
  const rested = workouts.some((w) => w.id === restId);
  return ok(
    settle(withDayWorkouts(plan, at.value, workouts), [weekIndex], {
      kind: "delete",
      summary: `Deleted ${theWorkoutOf(workout, date)}${rested ? ": a rest day now" : ""}`,
      workoutIds: rested ? [workoutId, restId] : [workoutId],
    }),
  );
}
