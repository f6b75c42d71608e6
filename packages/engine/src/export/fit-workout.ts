import { Encoder, type FileIdMesg, Profile, type WorkoutMesg } from "@garmin/fitsdk";
import { epochDayOf } from "../dates.ts";
import type { Workout } from "../schema/plan.ts";
import { isRunning } from "../validate/amounts.ts";
import { fitSteps } from "./fit-steps.ts";
import { fnv1a } from "./plan-key.ts";
import { watchName } from "./watch-name.ts";

/** Running workouts become FIT workouts; strength, mobility, cross-training and rest do not. */
export const hasFitWorkout = (workout: Workout): boolean => isRunning(workout);

const msPerDay = 86_400_000;

/**
 * One running workout as a FIT workout file (file_id, workout, workout_step messages),
 * encoded by Garmin's FIT SDK. `planKey` keeps file ids of two plans apart: a device tells
 * workout files by type, manufacturer, product and serial number together.
 */
export function workoutToFit(workout: Workout, date: string, planKey: string): Uint8Array {
  const steps = fitSteps(workout);
  const fileId: FileIdMesg = {
    type: "workout",
    manufacturer: "development",
    product: 0,
    // uint32z: zero means "no serial", so a hash of zero becomes one.
    serialNumber: fnv1a(`${planKey}-${workout.id}`) || 1,
    timeCreated: new Date(epochDayOf(date) * msPerDay),
  };
  const header: WorkoutMesg = {
    sport: "running",
    numValidSteps: steps.length,
    wktName: watchName(workout),
    wktDescription: workout.title,
  };
  const encoder = new Encoder();
  encoder.onMesg(mesgNum("FILE_ID"), fileId);
  encoder.onMesg(mesgNum("WORKOUT"), header);
  for (const step of steps) encoder.onMesg(mesgNum("WORKOUT_STEP"), step);
  return encoder.close();
}

function mesgNum(name: string): number {
  const num = Profile.MesgNum[name];
  // The profile ships with the SDK; a missing message is a broken install, not bad input.
  if (num === undefined) throw new Error(`the FIT profile has no message ${name}`);
  return num;
}
