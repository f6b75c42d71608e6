import { rules } from "../constants.ts";
import type { Step, Workout, ZoneMinutes } from "../schema/plan.ts";
import { snap, totalMinutes, zoneMinutesOf } from "../workouts/steps.ts";
import { plainTitle } from "./workout-names.ts";

/** Steps print to the hundredth of a minute, as the generator's do. */
const round2 = (x: number) => Math.round(x * 100) / 100;

/** A step's minutes scaled, to the 5 seconds a runner can time. */
const scaled = (min: number, factor: number) => round2(snap(min * factor));

function scaleStep(step: Step, factor: number): Step {
  if (step.kind === "repeat")
    return {
      ...step,
      steps: step.steps.map((s) => ({ ...s, durationMin: scaled(s.durationMin, factor) })),
    };
  return { ...step, durationMin: scaled(step.durationMin, factor) };
}

/**
 * Rounding each step leaves the sum a little off the workout's minutes, and FMT-3 wants the
 * zone minutes to add up to them: the remainder goes to the last step outside a repeat.
 */
function toTotal(steps: Step[], minutes: number): Step[] {
  const i = steps.findLastIndex((s) => s.kind !== "repeat");
  const last = steps[i];
  if (!last || last.kind === "repeat") return steps;
  const durationMin = round2(Math.max(0, last.durationMin + minutes - totalMinutes(steps)));
  return steps.map((s, j) => (j === i ? { ...last, durationMin } : s));
}

const scaleZones = (z: ZoneMinutes, factor: number): ZoneMinutes => ({
  z1: round2(z.z1 * factor),
  z2: round2(z.z2 * factor),
  z3: round2(z.z3 * factor),
  z4: round2(z.z4 * factor),
  z5: round2(z.z5 * factor),
});

/**
 * The workout lasting `minutes` instead: every step, its distance and its climbing scaled in
 * proportion, so a shorter tempo keeps its shape. It becomes the runner's, so it is locked.
 * `workout` must last more than 0 minutes.
 */
export function rescaled(workout: Workout, minutes: number): Workout {
  const factor = minutes / workout.durationMin;
  const steps = toTotal(
    workout.steps.map((s) => scaleStep(s, factor)),
    minutes,
  );
  return {
    ...workout,
    title: plainTitle(workout.type, minutes),
    durationMin: minutes,
    distanceKm: Math.round(workout.distanceKm * factor * 10) / 10,
    vertM: Math.round(workout.vertM * factor),
    // A long run of two hours or more is a stress anchor (IN-2); other roles keep their weight.
    key: workout.type === "long" ? minutes >= rules.anchorLongRunMin : workout.key,
    zoneMinutes: steps.length > 0 ? zoneMinutesOf(steps) : scaleZones(workout.zoneMinutes, factor),
    steps,
    locked: true,
  };
}
