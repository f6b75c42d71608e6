import { policy, rules } from "../constants.ts";
import type { Intensity, Step, Workout, WorkoutType, Zone } from "../schema/plan.ts";
import { stridesSteps } from "../workouts/easy-runs.ts";
import { type Family, pickupsWithin, workPart } from "../workouts/families.ts";
import {
  cooldown,
  formatMinutes,
  totalMinutes,
  warmup,
  work,
  zoneMinutesOf,
} from "../workouts/steps.ts";
import { distanceKmOf, roundStep } from "../workouts/to-days.ts";
import { withLongerWrap } from "../workouts/wraps.ts";
import { withWorkoutTargets } from "../workouts/zone-targets.ts";
import type { ShapeContext } from "./shape-context.ts";
import { plainTitle } from "./workout-names.ts";

/** Quality types are built from the generator's session families (WORKOUTS.md). */
const families: Partial<Record<WorkoutType, Family>> = {
  tempo: "tempo",
  threshold: "threshold",
  intervals: "intervals",
  hills: "short-hills",
  fartlek: "fartlek",
  progression: "progression",
  steady: "steady",
  "race-pace": "race-pace-half",
};
/** Runs of one steady effort. */
const singleZone: Partial<Record<WorkoutType, Zone>> = {
  easy: "z2",
  recovery: "z1",
  long: "z2",
  "medium-long": "z2",
};
/** Sessions with a duration but no running (they count in volume, not in runMin). */
const nonRunning: Partial<Record<WorkoutType, Intensity>> = {
  strength: "moderate",
  mobility: "easy",
  cross: "easy",
};

/** The shortest warm-up plus cool-down a quality session keeps. */
const wrapMin = 10;

/** Types a runner can give a workout: not a race (the goals hold those) nor rest (delete instead). */
export const shapeableTypes: readonly WorkoutType[] = [
  ...(Object.keys(singleZone) as WorkoutType[]),
  "strides",
  ...(Object.keys(families) as WorkoutType[]),
  ...(Object.keys(nonRunning) as WorkoutType[]),
];

/** The fewest minutes of a quality session (room to warm up, work and cool down), a strides run and anything else. */
const shortest = { quality: 20, strides: 15, other: 5 } as const;

export function shortestMin(type: WorkoutType): number {
  if (families[type]) return shortest.quality;
  return type === "strides" ? shortest.strides : shortest.other;
}

interface Structure {
  title: string;
  steps: Step[];
  intensity: Intensity;
  key: boolean;
}

/** Warm-up, the family's work part, cool-down, filling `minutes` exactly. */
function qualityStructure(
  type: WorkoutType,
  family: Family,
  minutes: number,
  ctx: ShapeContext,
): Structure {
  const workMin = Math.min(40, Math.max(6, (minutes - 2 * wrapMin) / 2));
  let part = workPart(family, {
    workMin,
    random: ctx.random,
    paceZ4: ctx.paces.z4,
    paceZ5: ctx.paces.z5,
    moderate: false,
  });
  if (totalMinutes(part.steps) > minutes - wrapMin)
    part = pickupsWithin(minutes - wrapMin, type === "hills");
  const room = minutes - totalMinutes(part.steps);
  // WORKOUTS.md's warm-up and cool-down around the work, an easy part for the minutes beyond.
  const [warmMin] = policy.warmupMin;
  const [coolMin] = policy.cooldownMin;
  const roomy = room > warmMin + coolMin;
  const warm = warmup(roomy ? warmMin : room * 0.6);
  const cool = cooldown(roomy ? coolMin : room - warm.durationMin);
  const extra = room - warm.durationMin - cool.durationMin;
  const steps = withLongerWrap([warm, ...part.steps, cool], extra);
  const z = zoneMinutesOf(steps);
  const hard = z.z4 + z.z5 > 0;
  return { title: part.title, steps, intensity: hard ? "hard" : "moderate", key: hard };
}

function structureOf(type: WorkoutType, minutes: number, ctx: ShapeContext): Structure {
  const family = families[type];
  if (family) return qualityStructure(type, family, minutes, ctx);
  const zone = singleZone[type];
  const title = plainTitle(type, minutes);
  if (zone) {
    // A long run of two hours or more is a stress anchor (IN-2).
    const key = type === "long" && minutes >= rules.anchorLongRunMin;
    return { title, steps: [work(minutes, zone)], intensity: "easy", key };
  }
  if (type === "strides") {
    const title = `Easy run ${formatMinutes(minutes)} + 6 strides`;
    return { title, steps: stridesSteps(minutes), intensity: "easy", key: false };
  }
  return { title, steps: [], intensity: nonRunning[type] ?? "easy", key: false };
}

/**
 * A workout of `type` lasting `minutes`, shaped as the generator shapes that type: easy,
 * recovery and long runs one z1/z2 step, quality sessions a family's session inside a warm-up
 * and cool-down, strength, mobility and cross-training a duration. Its distance comes from the
 * zone paces, its climbing from the week's; it is the runner's, so it is locked.
 */
export function shapeWorkout(
  id: string,
  type: WorkoutType,
  minutes: number,
  ctx: ShapeContext,
): Workout {
  const s = structureOf(type, minutes, ctx);
  const running = nonRunning[type] === undefined;
  const vertM = running ? Math.round((ctx.climbPerMin * minutes) / 10) * 10 : 0;
  const distanceKm = running ? distanceKmOf(s.steps, vertM, ctx.paces) : 0;
  const workout: Workout = {
    id,
    type,
    title: s.title,
    durationMin: minutes,
    distanceKm: Math.round(distanceKm * 10) / 10,
    vertM,
    intensity: s.intensity,
    key: s.key,
    zoneMinutes: zoneMinutesOf(s.steps),
    contribution: {},
    steps: s.steps.map(roundStep),
    notes: [],
    locked: true,
  };
  return withWorkoutTargets(workout, ctx.targets);
}
