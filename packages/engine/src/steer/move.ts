import { dayLabel } from "../render/format.ts";
import { err, ok, type Result } from "../result.ts";
import type { Plan } from "../schema/plan.ts";
import {
  findDay,
  findEditable,
  freshId,
  withDayWorkouts,
  workoutIds,
  workoutsOn,
} from "./locate.ts";
import type { SteerIssue } from "./scope.ts";
import { leftWithout, owned, placedOn, settle } from "./settle.ts";
import { theWorkoutOf } from "./workout-names.ts";

/**
 * Move a workout to another day of the plan. It takes an id of its new date (ids read
 * `YYYY-MM-DD-N`; the change list names both), becomes the runner's (locked), and replaces a
 * rest workout there. The day it leaves, if empty, gets a rest workout that regeneration may
 * fill. Both weeks' totals are read again and broken rules become warnings.
 */
export function moveWorkout(
  plan: Plan,
  workoutId: string,
  toDate: string,
): Result<Plan, SteerIssue> {
  const from = findEditable(plan, workoutId);
  if (!from.ok) return from;
  const to = findDay(plan, toDate, "toDate");
  if (!to.ok) return to;
  const { workout, date } = from.value;
  if (toDate === date)
    return err({ field: "toDate", message: `"${workoutId}" is already on ${toDate}` });
  const taken = workoutIds(plan);
  const moved = owned({ ...workout, id: freshId(toDate, taken) }, toDate, plan);
  const left = leftWithout(
    workoutsOn(plan, from.value),
    workoutId,
    { date, restId: freshId(date, taken), keepFree: false },
    plan,
  );
  const emptied = withDayWorkouts(plan, from.value, left);
  const next = withDayWorkouts(emptied, to.value, placedOn(workoutsOn(emptied, to.value), moved));
  return ok(
    settle(next, [from.value.weekIndex, to.value.weekIndex], {
      kind: "move",
      summary: `Moved ${theWorkoutOf(workout, date)} to ${dayLabel(toDate)}`,
      workoutIds: [workoutId, moved.id],
    }),
  );
}
