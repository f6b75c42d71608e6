import type { Types, WorkoutStepMesg } from "@garmin/fitsdk";
import type { SimpleStep, Workout } from "../schema/plan.ts";

/**
 * A workout's steps as FIT workout_step messages, in the FIT profile's terms: durations in
 * milliseconds, a speed band in mm/s (the profile's scale of 1000 on m/s), heart rate as
 * bpm + 100 (FIT's values up to 100 are a percentage of max HR), and a repeat as a step that
 * loops back to the index of its first step, `targetValue` times in all.
 */

const intensityOf: Record<SimpleStep["kind"], Types.Intensity> = {
  warmup: "warmup",
  work: "active",
  recover: "recovery",
  cooldown: "cooldown",
};

/** FIT reads a custom heart-rate target above 100 as bpm + 100. */
export const fitHrOffset = 100;

export function fitSteps(workout: Workout): WorkoutStepMesg[] {
  // A run without structure still needs one step on the watch: its whole length, open.
  const steps =
    workout.steps.length > 0
      ? workout.steps
      : [{ kind: "work" as const, durationMin: workout.durationMin }];
  const messages: WorkoutStepMesg[] = [];
  for (const step of steps) {
    if (step.kind !== "repeat") {
      messages.push(simpleStep(step, messages.length));
      continue;
    }
    const first = messages.length;
    for (const inner of step.steps) messages.push(simpleStep(inner, messages.length));
    messages.push({
      messageIndex: messages.length,
      durationType: "repeatUntilStepsCmplt",
      durationValue: first,
      targetValue: step.times,
    });
  }
  return messages;
}

function simpleStep(step: SimpleStep, index: number): WorkoutStepMesg {
  const durationMs = Math.round(step.durationMin * 60_000);
  return {
    messageIndex: index,
    durationType: durationMs > 0 ? "time" : "open",
    ...(durationMs > 0 ? { durationValue: durationMs } : {}),
    ...target(step),
    intensity: intensityOf[step.kind],
    ...(step.label ? { notes: step.label } : {}),
  };
}

/** Pace when the step has one, else heart rate, else open. */
function target(step: SimpleStep): WorkoutStepMesg {
  if (step.paceSecPerKm) {
    const [fast, slow] = [Math.min(...step.paceSecPerKm), Math.max(...step.paceSecPerKm)];
    return {
      targetType: "speed",
      targetValue: 0,
      customTargetValueLow: millimetresPerSecond(slow),
      customTargetValueHigh: millimetresPerSecond(fast),
    };
  }
  if (step.hrBpm) {
    const [low, high] = [Math.min(...step.hrBpm), Math.max(...step.hrBpm)];
    return {
      targetType: "heartRate",
      targetValue: 0,
      customTargetValueLow: Math.round(low) + fitHrOffset,
      customTargetValueHigh: Math.round(high) + fitHrOffset,
    };
  }
  return { targetType: "open" };
}

/** A pace in seconds per km as a speed in mm/s. */
export const millimetresPerSecond = (secPerKm: number): number => Math.round(1_000_000 / secPerKm);
