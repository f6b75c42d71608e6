import { ok, type Result } from "../result.ts";
import type { Plan } from "../schema/plan.ts";
import { findWorkout, withDayWorkouts, workoutsOn } from "./locate.ts";
import { revise } from "./revision.ts";
import type { SteerIssue } from "./scope.ts";
import { theWorkoutOf } from "./workout-names.ts";

/**
 * Lock a workout so that regeneration and re-planning keep it, or unlock it. Nothing else in
 * the plan changes: a lock moves no minutes, so the totals and the rules' findings stay as
 * they were. A workout already as asked gives the plan back as it is, with no new revision.
 */
export function lockWorkout(
  plan: Plan,
  workoutId: string,
  locked: boolean,
): Result<Plan, SteerIssue> {
  const found = findWorkout(plan, workoutId);
  if (!found.ok) return found;
  const at = found.value;
  if (at.workout.locked === locked) return ok(plan);
  const workouts = workoutsOn(plan, at).map((w) => (w.id === workoutId ? { ...w, locked } : w));
  return ok(
    revise(withDayWorkouts(plan, at, workouts), [
      {
        kind: locked ? "lock" : "unlock",
        summary: `${locked ? "Locked" : "Unlocked"} ${theWorkoutOf(at.workout, at.date)}`,
        weekIndexes: [at.weekIndex],
        workoutIds: [workoutId],
      },
    ]),
  );
}
