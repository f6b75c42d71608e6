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
  /** A race's own course: its distance and climbing are the goal's, not estimates. */
  course?: { distanceKm: number; vertM: number };
}

/** The running minutes of the sessions, races aside. */
export const runMinutes = (sessions: Session[]) =>
  sessions
    .filter((s) => s.running && s.type !== "race")
    .reduce((sum, s) => sum + totalMinutes(s.steps), 0);
