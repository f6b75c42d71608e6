import { z } from "zod";
import { change, logEntry } from "./revision.ts";
import { goalMode, isoDate, level, priority, scenarioSchema, surface } from "./scenario.ts";

/** The plan contract (PLAN-FORMAT.md): what the engine answers. */

export const zone = z.enum(["z1", "z2", "z3", "z4", "z5"]);
export type Zone = z.infer<typeof zone>;

export const phaseKind = z.enum(["base", "build", "specific", "peak", "taper", "race", "recovery"]);
export type PhaseKind = z.infer<typeof phaseKind>;

export const weekKind = z.enum(["build", "cutback", "peak", "taper", "race", "recovery", "base"]);
export type WeekKind = z.infer<typeof weekKind>;

export const workoutType = z.enum([
  "rest",
  "easy",
  "recovery",
  "long",
  "medium-long",
  "steady",
  "tempo",
  "threshold",
  "intervals",
  "hills",
  "fartlek",
  "progression",
  "race-pace",
  "strides",
  "race",
  "strength",
  "mobility",
  "cross",
]);
export type WorkoutType = z.infer<typeof workoutType>;

export const intensity = z.enum(["easy", "moderate", "hard"]);
export type Intensity = z.infer<typeof intensity>;

const simpleStep = z.strictObject({
  kind: z.enum(["warmup", "work", "recover", "cooldown"]),
  durationMin: z.number().min(0),
  zone: zone.optional(),
  distanceKm: z.number().min(0).optional(),
  paceSecPerKm: z.tuple([z.number(), z.number()]).optional(),
  hrBpm: z.tuple([z.number(), z.number()]).optional(),
  label: z.string().optional(),
});
export type SimpleStep = z.infer<typeof simpleStep>;

export const repeatStep = z.strictObject({
  kind: z.literal("repeat"),
  times: z.number().int().min(1),
  steps: z.array(simpleStep).min(1),
});
export type RepeatStep = z.infer<typeof repeatStep>;

export const step = z.union([simpleStep, repeatStep]);
export type Step = z.infer<typeof step>;

const zoneMinutes = z.strictObject({
  z1: z.number(),
  z2: z.number(),
  z3: z.number(),
  z4: z.number(),
  z5: z.number(),
});
export type ZoneMinutes = z.infer<typeof zoneMinutes>;

const shares = z.record(z.string(), z.number().min(0).max(1));

export const workout = z.strictObject({
  id: z.string(),
  type: workoutType,
  title: z.string(),
  durationMin: z.number().min(0),
  distanceKm: z.number().min(0),
  vertM: z.number().min(0),
  intensity,
  key: z.boolean(),
  zoneMinutes,
  contribution: shares,
  steps: z.array(step),
  notes: z.array(z.string()),
  locked: z.boolean(),
  why: z.string().optional(),
});
export type Workout = z.infer<typeof workout>;

export const day = z.strictObject({ date: isoDate, workouts: z.array(workout) });
export type Day = z.infer<typeof day>;

export const weekTargets = z.strictObject({
  volumeMin: z.number(),
  longRunMin: z.number(),
  vertM: z.number(),
  qualityMin: z.number(),
});
export type WeekTargets = z.infer<typeof weekTargets>;

export const weekTotals = z.strictObject({
  volumeMin: z.number(),
  runMin: z.number(),
  longRunMin: z.number(),
  vertM: z.number(),
  qualityMin: z.number(),
  easyShare: z.number(),
  distanceKm: z.number(),
  load: z.number(),
});
export type WeekTotals = z.infer<typeof weekTotals>;

export const week = z.strictObject({
  index: z.number().int().min(0),
  startDate: isoDate,
  phase: phaseKind,
  goalId: z.string().nullable().optional(),
  kind: weekKind,
  targets: weekTargets,
  totals: weekTotals,
  goalSplit: shares,
  why: z.string(),
  days: z.array(day).length(7),
});
export type Week = z.infer<typeof week>;

export const phase = z.strictObject({
  index: z.number().int().min(0),
  kind: phaseKind,
  goalId: z.string().nullable(),
  startDate: isoDate,
  endDate: isoDate,
  weekIndexes: z.array(z.number().int().min(0)).min(1),
});
export type Phase = z.infer<typeof phase>;

export const warningChoice = z.strictObject({ id: z.string(), label: z.string() });

export const planWarning = z.strictObject({
  id: z.string(),
  code: z.string(),
  rule: z.string().optional(),
  severity: z.enum(["info", "warn", "error"]),
  message: z.string(),
  weekIndex: z.number().int().optional(),
  date: isoDate.optional(),
  choices: z.array(warningChoice).optional(),
});
export type PlanWarning = z.infer<typeof planWarning>;

/** Daniels' paces the plan's steps were set from, in seconds per km (`easy` is [fast, slow]). */
const namedPaces = z.strictObject({
  easy: z.tuple([z.number(), z.number()]),
  marathon: z.number(),
  threshold: z.number(),
  interval: z.number(),
  repetition: z.number(),
});

/** A heart-rate zone in bpm, both ends included. */
const hrZone = z.strictObject({ zone, min: z.number(), max: z.number() });

export const athleteProfileSchema = z.strictObject({
  level,
  chronicWeeklyMin: z.number(),
  consistency: z.number().min(0).max(1),
  longestRecentRunMin: z.number(),
  peakRecentWeekMin: z.number(),
  rampCap: z.number(),
  loadSpikeCap: z.number(),
  cutbackEvery: z.number().int(),
  hasHistory: z.boolean(),
  easyPaceSecPerKm: z.number(),
  vdot: z.number().optional(),
  /** Present when a race or threshold pace was given. */
  paces: namedPaces.optional(),
  /** Present when LTHR or max HR was given. */
  hrZones: z.array(hrZone).optional(),
});

export const planGoal = z.strictObject({
  id: z.string(),
  name: z.string().optional(),
  date: isoDate,
  distanceKm: z.number(),
  surface,
  elevationGainM: z.number(),
  priority,
  mode: goalMode,
  category: z.string(),
});

export const planSchema = z.strictObject({
  formatVersion: z.literal(1),
  seed: z.number().int(),
  scenario: scenarioSchema,
  startDate: isoDate,
  endDate: isoDate,
  athleteProfile: athleteProfileSchema,
  goals: z.array(planGoal).min(1),
  warnings: z.array(planWarning),
  phases: z.array(phase).min(1),
  weeks: z.array(week).min(1),
  /** 0 when generated; each regenerate, choice, edit, lock, log or replan adds one. */
  revision: z.number().int().min(0).optional(),
  /** What the latest revision changed, and why (history and undo read it). */
  changes: z.array(change).optional(),
  /** What the runner really did, day by day, as logged. */
  log: z.array(logEntry).optional(),
  /** Re-planned on this Monday: the weeks before it are what the runner did, not a plan. */
  replannedFrom: isoDate.optional(),
});
export type Plan = z.infer<typeof planSchema>;
export type PlanGoal = z.infer<typeof planGoal>;
export type AthleteProfile = z.infer<typeof athleteProfileSchema>;
