import type { Intensity, Step, WorkoutType } from "../schema/plan.ts";
import { totalMinutes } from "./steps.ts";

/** A workout in the making: structure and role, before vert, distance and ids. */
export interface Session {
  day: number;
  type: WorkoutType;
  title: string;
  steps: Step[];
  intensity: Intensity;
  key: boolean;
  notes: string[];
  /** Running sessions carry vert and distance; strength and mobility don't. */
  running: boolean;
  /** How much of the week's vert this session takes per minute, relative to an easy run. */
  vertWeight: number;
  /** Non-running sessions have a duration but no steps to sum. */
  fixedMin?: number;
  /** Its own distance and climbing, not estimates: a race's course, a locked run's as set. */
  course?: { distanceKm: number; vertM: number };
  /** A run the runner locked: the week's totals count it, but no fitting reshapes it. */
  locked?: true;
}

/** Whether the week's fitting may reshape, move or drop the session. */
export const isReshapeable = (s: Session): boolean => s.locked !== true;

/** The training runs (races aside), from `fromDay` on. */
export const trainingRuns = (sessions: readonly Session[], fromDay = 0): Session[] =>
  sessions.filter((s) => s.running && s.type !== "race" && s.day >= fromDay);

/** The running minutes of the sessions, races aside. */
export const runMinutes = (sessions: Session[]) =>
  sessions
    .filter((s) => s.running && s.type !== "race")
    .reduce((sum, s) => sum + totalMinutes(s.steps), 0);
