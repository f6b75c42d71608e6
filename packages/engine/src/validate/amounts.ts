import type { Workout, WorkoutType } from "../schema/plan.ts";

/** Which workouts are running, and what a set of workouts adds up to: the sums rules read. */

const nonRunning: ReadonlySet<WorkoutType> = new Set(["rest", "strength", "mobility", "cross"]);
export const isRunning = (w: Workout): boolean => !nonRunning.has(w.type);
/** Running that counts as training: everything but the race itself. */
export const isTrainingRun = (w: Workout): boolean => isRunning(w) && w.type !== "race";

export interface Amounts {
  /** Minutes of every workout, running or not. */
  volumeMin: number;
  /** Minutes of running. */
  runMin: number;
  easyMin: number;
  qualityMin: number;
  vertM: number;
  distanceKm: number;
  load: number;
}

export const noAmounts = (): Amounts => ({
  volumeMin: 0,
  runMin: 0,
  easyMin: 0,
  qualityMin: 0,
  vertM: 0,
  distanceKm: 0,
  load: 0,
});

export function addWorkout(a: Amounts, w: Workout, load: number): void {
  a.volumeMin += w.durationMin;
  a.vertM += w.vertM;
  a.load += load;
  if (!isRunning(w)) return;
  const z = w.zoneMinutes;
  a.runMin += w.durationMin;
  a.easyMin += z.z1 + z.z2;
  a.qualityMin += z.z3 + z.z4 + z.z5;
  a.distanceKm += w.distanceKm;
}

export function addAmounts(a: Amounts, b: Amounts): void {
  a.volumeMin += b.volumeMin;
  a.runMin += b.runMin;
  a.easyMin += b.easyMin;
  a.qualityMin += b.qualityMin;
  a.vertM += b.vertM;
  a.distanceKm += b.distanceKm;
  a.load += b.load;
}
