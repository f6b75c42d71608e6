import type { Workout, WorkoutType, ZoneMinutes } from "../schema/plan.ts";

/** What a session trains, and what a race asks for (MG-3). */
export type Quality =
  | "endurance"
  | "threshold"
  | "vo2"
  | "racePace"
  | "vert"
  | "durability"
  | "fueling";

export const qualities: readonly Quality[] = [
  "endurance",
  "threshold",
  "vo2",
  "racePace",
  "vert",
  "durability",
  "fueling",
];

const nonRunning = new Set<WorkoutType>(["rest", "strength", "mobility", "cross"]);

/**
 * Stimulus per minute in each zone: a hard minute trains its quality more than an easy one,
 * so the warm-up of a tempo does not turn it into an endurance session.
 */
const perMinute = { z1: 0.15, z2: 0.3, z3: 0.6, z4: 1, z5: 1.2 } as const;

/** Metres of climbing worth one stimulus minute: a hilly hour reads as mostly vert. */
const metresPerVertUnit = 20;

/** Long runs past this many minutes build durability faster (the ultra long-run zone). */
const veryLongMin = 150;

const zero = (): Record<Quality, number> => ({
  endurance: 0,
  threshold: 0,
  vo2: 0,
  racePace: 0,
  vert: 0,
  durability: 0,
  fueling: 0,
});

/** Zone minutes as qualities: Z1–Z2 aerobic, Z3 marathon effort, Z4 threshold, Z5 VO2. */
function fromZones(z: ZoneMinutes, q: Record<Quality, number>): void {
  q.endurance += z.z1 * perMinute.z1 + z.z2 * perMinute.z2 + (z.z3 * perMinute.z3) / 2;
  q.racePace += (z.z3 * perMinute.z3) / 2;
  q.threshold += z.z4 * perMinute.z4;
  q.vo2 += z.z5 * perMinute.z5;
}

/** Zones of a running session; one with no zone minutes recorded counts as easy running. */
function runZones(w: Workout): ZoneMinutes {
  const z = w.zoneMinutes;
  const total = z.z1 + z.z2 + z.z3 + z.z4 + z.z5;
  return total > 0 ? z : { z1: 0, z2: w.durationMin, z3: 0, z4: 0, z5: 0 };
}

/** Running sessions: their zones, their climbing, and what their type adds on top. */
function running(w: Workout, q: Record<Quality, number>): void {
  const z = runZones(w);
  fromZones(z, q);
  q.vert += w.vertM / metresPerVertUnit;
  const hardMin = z.z3 + z.z4 + z.z5;
  switch (w.type) {
    case "long":
    case "race":
      // Time on feet is the stimulus: durability grows with length, more so past 2.5 h.
      q.endurance += w.durationMin * 0.2;
      q.durability += w.durationMin * (w.durationMin >= veryLongMin ? 0.5 : 0.25);
      break;
    case "medium-long":
      q.durability += w.durationMin * 0.2;
      break;
    case "race-pace": {
      // Goal-pace work is specific: most of its hard stimulus is race pace, not its zone.
      const specific = (z.z3 * perMinute.z3 + z.z4 * perMinute.z4 + z.z5 * perMinute.z5) * 0.7;
      q.threshold *= 0.3;
      q.vo2 *= 0.3;
      q.racePace += specific;
      break;
    }
    case "hills":
      // Hill reps are strength work for climbing and descending, beyond their zones, and
      // running uphill hard is threshold work whatever the pace (a road race gains too).
      q.vert += hardMin * 0.6;
      q.durability += hardMin * 0.2;
      q.threshold += hardMin * 0.8;
      break;
    default:
      break;
  }
}

/** Sessions without running: strength and mobility make legs durable, cross keeps aerobic. */
function nonRunningSession(w: Workout, q: Record<Quality, number>): void {
  if (w.type === "strength") {
    q.vert += w.durationMin * 0.5;
    q.durability += w.durationMin * 0.5;
  } else if (w.type === "mobility") {
    q.durability += w.durationMin * 0.2;
  } else if (w.type === "cross") {
    q.endurance += w.durationMin * 0.25;
  }
}

/**
 * What a workout trains, in stimulus minutes per quality. Only the direction of the vector
 * matters for contributions; the scale keeps the numbers readable. Rest trains nothing.
 */
export function workoutQualities(w: Workout): Record<Quality, number> {
  const q = zero();
  if (nonRunning.has(w.type)) nonRunningSession(w, q);
  else running(w, q);
  // A note starting "Fueling" marks gut training; it scales with the time spent eating.
  if (w.notes.some((n) => n.startsWith("Fueling"))) q.fueling += w.durationMin * 0.5;
  return q;
}
