import { err, ok, type Result } from "../result.ts";
import type { WorkoutType } from "../schema/plan.ts";
import type { SteerIssue } from "./scope.ts";
import { withArticle } from "./workout-names.ts";
import { shapeableTypes, shortestMin } from "./workout-shape.ts";

/** The longest workout a runner can set by hand: a long day in the mountains. */
export const longestWorkoutMin = 720;

/** A type the runner may give a workout; callers from JSON may send anything. */
export function checkType(type: unknown): Result<WorkoutType, SteerIssue> {
  const found = shapeableTypes.find((t) => t === type);
  if (found) return ok(found);
  const why =
    type === "race"
      ? "races come from the plan's goals"
      : type === "rest"
        ? "delete the workout to rest that day"
        : `expected one of ${shapeableTypes.join(", ")}`;
  return err({ field: "type", message: `${JSON.stringify(type)} cannot be set: ${why}` });
}

/** Whole minutes a workout of `type` can last. */
export function checkMinutes(minutes: unknown, type: WorkoutType): Result<number, SteerIssue> {
  const least = shortestMin(type);
  if (
    typeof minutes === "number" &&
    Number.isInteger(minutes) &&
    minutes >= least &&
    minutes <= longestWorkoutMin
  )
    return ok(minutes);
  return err({
    field: "durationMin",
    message: `${JSON.stringify(minutes)} is not a whole number of minutes from ${least} to ${longestWorkoutMin} (for ${withArticle(type)})`,
  });
}
