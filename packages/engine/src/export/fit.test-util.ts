import {
  Decoder,
  type FileIdMesg,
  Stream,
  type WorkoutMesg,
  type WorkoutStepMesg,
} from "@garmin/fitsdk";
import { expect } from "vitest";
import type { SimpleStep, Workout } from "../schema/plan.ts";

/** A FIT workout file as the SDK's decoder reads it back. */
export interface DecodedWorkout {
  fileId: FileIdMesg;
  workout: WorkoutMesg;
  steps: WorkoutStepMesg[];
}

export function decodeWorkout(bytes: Uint8Array): DecodedWorkout {
  const decoder = new Decoder(Stream.fromByteArray(bytes));
  expect(decoder.checkIntegrity()).toBe(true);
  const { messages, errors } = decoder.read();
  expect(errors).toEqual([]);
  const [fileId] = messages.fileIdMesgs ?? [];
  const [workout] = messages.workoutMesgs ?? [];
  if (!fileId || !workout) throw new Error("no file_id or workout message");
  return { fileId, workout, steps: messages.workoutStepMesgs ?? [] };
}

const intensities = { warmup: "warmup", work: "active", recover: "recovery", cooldown: "cooldown" };

/**
 * Check the decoded steps against the workout's own, read independently of the encoder:
 * each simple step in order, and after a repeat's steps a step looping back to the first of
 * them as many times as the plan says. A workout without steps is one open step its length.
 */
export function expectStepsOf(workout: Workout, decoded: WorkoutStepMesg[]): void {
  const planned =
    workout.steps.length > 0
      ? workout.steps
      : [{ kind: "work" as const, durationMin: workout.durationMin }];
  let index = 0;
  const next = (): WorkoutStepMesg => {
    const step = decoded[index];
    if (!step) throw new Error(`${workout.id}: no FIT step ${index}`);
    expect(step.messageIndex).toBe(index);
    index++;
    return step;
  };
  for (const step of planned) {
    if (step.kind !== "repeat") {
      expectSimple(step, next());
      continue;
    }
    const first = index;
    for (const inner of step.steps) expectSimple(inner, next());
    const repeat = next();
    expect(repeat.durationType).toBe("repeatUntilStepsCmplt");
    expect(repeat.durationStep).toBe(first);
    expect(repeat.repeatSteps).toBe(step.times);
  }
  expect(decoded).toHaveLength(index);
}

function expectSimple(step: SimpleStep, decoded: WorkoutStepMesg): void {
  expect(decoded.durationType).toBe("time");
  expect(Math.round(Number(decoded.durationTime) * 1000)).toBe(
    Math.round(step.durationMin * 60_000),
  );
  expect(decoded.intensity).toBe(intensities[step.kind]);
  if (step.paceSecPerKm) {
    expect(decoded.targetType).toBe("speed");
    // mm/s holds a pace to well under a tenth of a second per km.
    const slowest = 1000 / Number(decoded.customTargetSpeedLow);
    const fastest = 1000 / Number(decoded.customTargetSpeedHigh);
    expect(Math.abs(slowest - Math.max(...step.paceSecPerKm))).toBeLessThan(0.1);
    expect(Math.abs(fastest - Math.min(...step.paceSecPerKm))).toBeLessThan(0.1);
  } else if (step.hrBpm) {
    expect(decoded.targetType).toBe("heartRate");
    expect(Number(decoded.customTargetHeartRateLow) - 100).toBe(step.hrBpm[0]);
    expect(Number(decoded.customTargetHeartRateHigh) - 100).toBe(step.hrBpm[1]);
  } else {
    expect(decoded.targetType).toBe("open");
  }
  expect(decoded.notes).toBe(step.label);
}
