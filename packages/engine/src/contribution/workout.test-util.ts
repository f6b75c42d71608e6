import type { Workout } from "../schema/plan.ts";

/** A valid workout for tests: easy 45 min on the flat unless `over` says otherwise. */
export function workoutOf(over: Partial<Workout> = {}): Workout {
  return {
    id: "w",
    type: "easy",
    title: "Easy",
    durationMin: 45,
    distanceKm: 8,
    vertM: 0,
    intensity: "easy",
    key: false,
    zoneMinutes: { z1: 0, z2: 45, z3: 0, z4: 0, z5: 0 },
    contribution: {},
    steps: [],
    notes: [],
    locked: false,
    ...over,
  };
}
