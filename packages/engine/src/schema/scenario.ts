import { z } from "zod";
import { isRealIsoDate } from "../dates.ts";

/** The scenario contract (PLAN-FORMAT.md): what the athlete asks for. */

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
  .refine(isRealIsoDate, "is not a real calendar date");

export const weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export const weekday = z.enum(weekdays);
export type Weekday = z.infer<typeof weekday>;

export const level = z.enum(["beginner", "intermediate", "advanced"]);
export type Level = z.infer<typeof level>;

export const historyWeek = z.strictObject({
  start: isoDate,
  minutes: z.number().min(0).max(3000),
  runs: z.number().int().min(0).max(21).optional(),
  longestRunMin: z.number().min(0).max(1500).optional(),
  vertM: z.number().min(0).max(50000).optional(),
  distanceKm: z.number().min(0).max(1000).optional(),
});
export type HistoryWeek = z.infer<typeof historyWeek>;

export const activity = z.strictObject({
  date: isoDate,
  durationMin: z.number().min(0).max(3000),
  distanceKm: z.number().min(0).max(500).optional(),
  vertM: z.number().min(0).max(20000).optional(),
  sport: z.string().max(60).optional(),
});
export type Activity = z.infer<typeof activity>;

export const history = z.strictObject({
  weeks: z.array(historyWeek).max(520).optional(),
  activities: z.array(activity).max(20000).optional(),
});

export const athlete = z.strictObject({
  name: z.string().max(120).optional(),
  level: level.optional(),
  birthYear: z.number().int().min(1900).max(2100).optional(),
  history: history.optional(),
  recentRace: z
    .strictObject({
      distanceKm: z.number().positive().max(400),
      timeMin: z.number().positive().max(10000),
      date: isoDate.optional(),
    })
    .optional(),
  thresholdPaceSecPerKm: z.number().min(120).max(900).optional(),
  maxHr: z.number().int().min(100).max(240).optional(),
  lthr: z.number().int().min(80).max(230).optional(),
});

export const dateRange = z.strictObject({ from: isoDate, to: isoDate });

export const constraints = z.strictObject({
  maxRunDaysPerWeek: z.number().int().min(0).max(7).optional(),
  restDays: z.array(weekday).max(7).optional(),
  longRunDay: weekday.optional(),
  maxLongRunMin: z.number().min(20).max(1440).optional(),
  maxWeeklyMin: z.number().min(30).max(3000).optional(),
  weekdayMaxMin: z.number().min(30).max(600).optional(),
  unavailable: z.array(dateRange).max(200).optional(),
  strength: z.boolean().optional(),
});

export const surface = z.enum(["road", "trail", "mountain"]);
export type Surface = z.infer<typeof surface>;
export const priority = z.enum(["A", "B", "C"]);
export const goalMode = z.enum(["peak", "b-race", "training-race"]);

export const goal = z.strictObject({
  id: z
    .string()
    .min(1)
    .max(40)
    .regex(/^[A-Za-z0-9_-]+$/, "may hold only letters, digits, - and _"),
  name: z.string().max(120).optional(),
  date: isoDate,
  distanceKm: z.number().positive().max(400),
  surface: surface.default("road"),
  elevationGainM: z.number().min(0).max(30000).default(0),
  priority: priority.default("A"),
  mode: goalMode.nullable().optional(),
});

export const scenarioSchema = z.strictObject({
  startDate: isoDate.optional(),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .default(1),
  units: z.enum(["metric", "imperial"]).default("metric"),
  athlete: athlete.default({}),
  constraints: constraints.default({}),
  goals: z.array(goal).min(1, "needs at least one goal").max(8),
  choices: z.record(z.string(), z.string()).default({}),
});

/** A scenario as written by a user (optional fields may be missing). */
export type ScenarioInput = z.input<typeof scenarioSchema>;
/** A scenario after parsing, before defaults that depend on `today` are filled. */
export type ParsedScenario = z.output<typeof scenarioSchema>;
export type Goal = z.output<typeof goal>;
export type Constraints = z.output<typeof constraints>;
export type Athlete = z.output<typeof athlete>;
