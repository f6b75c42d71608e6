import type { ZoneTargets } from "../profile/zone-targets.ts";
import type { SimpleStep, Step, Week, Workout } from "../schema/plan.ts";
import { isRunning } from "../validate/amounts.ts";

/** Heart rate lags effort by a minute or two: shorter steps are run by pace or feel. */
const minHrStepMin = 2;

/** The week with each running step's pace and heart-rate band, as far as the athlete's measures go. */
export function withZoneTargets(week: Week, targets: ZoneTargets): Week {
  if (targets.pace === undefined && targets.hrBpm === undefined) return week;
  return {
    ...week,
    days: week.days.map((day) => ({
      ...day,
      workouts: day.workouts.map((w) => withWorkoutTargets(w, targets)),
    })),
  };
}

/** One workout with its running steps' pace and heart-rate bands; other workouts as they are. */
export function withWorkoutTargets(workout: Workout, targets: ZoneTargets): Workout {
  if (!isRunning(workout)) return workout;
  // A race is run at its own predicted pace, not a training zone's; hill reps go by effort
  // on a grade, where a flat pace means nothing.
  const paced = workout.type !== "race";
  const pacedReps = paced && workout.type !== "hills";
  const steps = workout.steps.map(
    (step): Step =>
      step.kind === "repeat"
        ? { ...step, steps: step.steps.map((s) => withTargets(s, targets, pacedReps)) }
        : withTargets(step, targets, paced),
  );
  return { ...workout, steps };
}

function withTargets(step: SimpleStep, targets: ZoneTargets, paced: boolean): SimpleStep {
  if (step.zone === undefined) return step;
  const pace = paced ? targets.pace?.[step.zone] : undefined;
  const hr = step.durationMin >= minHrStepMin ? targets.hrBpm?.[step.zone] : undefined;
  return {
    ...step,
    ...(pace ? { paceSecPerKm: pace } : {}),
    ...(hr ? { hrBpm: hr } : {}),
  };
}
