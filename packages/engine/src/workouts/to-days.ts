import { rules } from "../constants.ts";
import { addDays } from "../dates.ts";
import type { Day, Step, Workout, Zone } from "../schema/plan.ts";
import type { Session } from "./session.ts";
import { totalMinutes, zoneMinutesOf } from "./steps.ts";

export interface DayContext {
  weekStart: string;
  vertM: number;
  paces: Record<Zone, number>;
  contribution: Record<string, number>;
  /** SP-1: the most vert per km of the week, as measured on the week's real kilometres. */
  maxVertPerKm: number;
}

/** Sessions → the week's seven days: vert shared by terrain weight, distance from zone paces. */
export function toDays(sessions: Session[], ctx: DayContext): Day[] {
  const vert = shareVert(sessions, Math.min(ctx.vertM, vertCeiling(sessions, ctx)));
  const byDay: Workout[][] = [[], [], [], [], [], [], []];
  const dates = byDay.map((_, d) => addDays(ctx.weekStart, d));
  sessions.forEach((s, i) => {
    const list = byDay[s.day];
    if (!list) return;
    list.push(toWorkout(s, `${dates[s.day]}-${list.length + 1}`, vert[i] ?? 0, ctx));
  });
  return byDay.map((workouts, d) => {
    const date = dates[d] ?? ctx.weekStart;
    return {
      date,
      workouts: workouts.length > 0 ? workouts : [restWorkout(`${date}-1`, ctx.contribution)],
    };
  });
}

/**
 * The week's target vert was set from an estimate of its kilometres; the built week may run
 * fewer (recovery jogs, hill reps). Climbing stays under `maxVertPerKm` of the real distance:
 * vert ≤ r·(effortKm − vert/100).
 */
function vertCeiling(sessions: Session[], ctx: DayContext): number {
  let effortKm = 0;
  for (const s of sessions) {
    if (s.running && s.type !== "race") effortKm += effortKmOf(s.steps, ctx.paces);
  }
  const r = ctx.maxVertPerKm;
  return Math.floor((r * effortKm) / (1 + r * rules.kmEffortPerVertM) / 10) * 10;
}

/** ITRA km-effort of the steps: each step's minutes at its zone's pace. */
function effortKmOf(steps: readonly Step[], paces: Record<Zone, number>): number {
  let effortKm = 0;
  for (const step of steps) {
    if (step.kind !== "repeat") effortKm += (step.durationMin * 60) / paces[step.zone ?? "z2"];
    else
      for (const inner of step.steps)
        effortKm += (inner.durationMin * 60 * step.times) / paces[inner.zone ?? "z2"];
  }
  return effortKm;
}

/** A run's kilometres: its km-effort less what the climbing costs (SP-1's km + gain/100). */
export function distanceKmOf(
  steps: readonly Step[],
  vertM: number,
  paces: Record<Zone, number>,
): number {
  return Math.max(0, effortKmOf(steps, paces) - vertM * rules.kmEffortPerVertM);
}

function toWorkout(s: Session, id: string, vertM: number, ctx: DayContext): Workout {
  const zoneMinutes = zoneMinutesOf(s.steps);
  const durationMin = s.running ? Math.round(totalMinutes(s.steps)) : (s.fixedMin ?? 0);
  let distanceKm = 0;
  if (s.course) distanceKm = s.course.distanceKm;
  else if (s.running) distanceKm = distanceKmOf(s.steps, vertM, ctx.paces);
  return {
    id,
    type: s.type,
    title: s.title,
    durationMin,
    distanceKm: Math.round(distanceKm * 10) / 10,
    vertM: s.course ? s.course.vertM : vertM,
    intensity: s.intensity,
    key: s.key,
    zoneMinutes,
    contribution: ctx.contribution,
    steps: s.steps.map(roundStep),
    notes: s.notes,
    locked: false,
  };
}

export function restWorkout(id: string, contribution: Record<string, number>): Workout {
  return {
    id,
    type: "rest",
    title: "Rest",
    durationMin: 0,
    distanceKm: 0,
    vertM: 0,
    intensity: "easy",
    key: false,
    zoneMinutes: { z1: 0, z2: 0, z3: 0, z4: 0, z5: 0 },
    contribution,
    steps: [],
    notes: [],
    locked: false,
  };
}

/**
 * The week's vert over its running sessions by minutes × terrain weight, in 10 m steps. A run
 * the runner locked keeps its own climbing, which counts in the week's.
 */
function shareVert(sessions: Session[], weekVertM: number): number[] {
  const lockedVertM = sessions.reduce((sum, s) => sum + (s.locked ? (s.course?.vertM ?? 0) : 0), 0);
  const vertM = Math.max(0, weekVertM - lockedVertM);
  const weights = sessions.map((s) =>
    s.running && s.type !== "race" && !s.locked ? totalMinutes(s.steps) * s.vertWeight : 0,
  );
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0 || vertM <= 0) return sessions.map(() => 0);
  const out = weights.map((w) => Math.floor((vertM * w) / sum / 10) * 10);
  const biggest = weights.indexOf(Math.max(...weights));
  out[biggest] = (out[biggest] ?? 0) + vertM - out.reduce((a, b) => a + b, 0);
  return out;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Steps print to the hundredth of a minute (a 20-s stride is 0.33 min). */
export function roundStep(step: Step): Step {
  if (step.kind === "repeat") {
    return {
      ...step,
      steps: step.steps.map((s) => ({ ...s, durationMin: round2(s.durationMin) })),
    };
  }
  return { ...step, durationMin: round2(step.durationMin) };
}
