import type { Intensity, Workout } from "../schema/plan.ts";
import type { Session } from "./session.ts";
import { work } from "./steps.ts";

/**
 * A day of a week being built again (regeneration) that holds a run the runner locked: the
 * day is kept as the runner left it, and the rest of the week is built around it.
 */
export interface LockedDay {
  day: number;
  /** The locked run's intensity: the day plays that part in the week (IN-2, IN-3). */
  intensity: Intensity;
  /** Every run of the day, the locked one among them. */
  runs: readonly Workout[];
  /** The day keeps a strength session: it counts among the week's (SP-2). */
  strength: boolean;
}

/** The weekdays that hold a locked run. */
export const lockedWeekdays = (days: readonly LockedDay[] = []): ReadonlySet<number> =>
  new Set(days.map((l) => l.day));

/**
 * A locked day's runs as sessions of the week being built: their minutes, intensity and kind
 * count in the week's totals, shares and hills as they will stand, so the rest of the week is
 * sized around them.
 */
export const lockedSessions = (locked: LockedDay): Session[] =>
  locked.runs.map((workout) => sessionOf(workout, locked.day));

function sessionOf(workout: Workout, day: number): Session {
  return {
    day,
    type: workout.type,
    title: workout.title,
    steps:
      workout.steps.length > 0
        ? workout.steps
        : [work(workout.durationMin, workout.intensity === "easy" ? "z2" : "z3")],
    intensity: workout.intensity,
    key: workout.key,
    notes: workout.notes,
    running: true,
    vertWeight: 1,
    course: { distanceKm: workout.distanceKm, vertM: workout.vertM },
    locked: true,
  };
}
