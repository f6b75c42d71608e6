import type { Constraints, Level, Weekday } from "./schema/scenario.ts";
import { weekdays } from "./schema/scenario.ts";

/** The scenario's constraints with every default filled in, as the plan embeds them. */
export interface PlanConstraints {
  maxRunDaysPerWeek: number;
  restDays: Weekday[];
  longRunDay: Weekday;
  strength: boolean;
  unavailable: { from: string; to: string }[];
  maxLongRunMin?: number;
  maxWeeklyMin?: number;
  weekdayMaxMin?: number;
}

const defaultRunDays: Record<Level, number> = { beginner: 4, intermediate: 5, advanced: 6 };

/** The weekend day first, then backwards through the week: where a long run fits best. */
const longRunPreference: Weekday[] = ["sun", "sat", "fri", "thu", "wed", "tue", "mon"];

export function resolveConstraints(c: Constraints, level: Level): PlanConstraints {
  const restDays = weekdays.filter((d) => (c.restDays ?? []).includes(d));
  const openDays = weekdays.length - restDays.length;
  const longRunDay = c.longRunDay ?? longRunPreference.find((d) => !restDays.includes(d)) ?? "sun";
  const resolved: PlanConstraints = {
    maxRunDaysPerWeek: Math.min(c.maxRunDaysPerWeek ?? defaultRunDays[level], openDays),
    restDays,
    longRunDay,
    strength: c.strength ?? true,
    unavailable: c.unavailable ?? [],
  };
  if (c.maxLongRunMin !== undefined) resolved.maxLongRunMin = c.maxLongRunMin;
  if (c.maxWeeklyMin !== undefined) resolved.maxWeeklyMin = c.maxWeeklyMin;
  if (c.weekdayMaxMin !== undefined) resolved.weekdayMaxMin = c.weekdayMaxMin;
  return resolved;
}

/** PR-4: the most a week may hold, strength and mobility included (none set: no limit). */
export const weeklyMaxMin = (c: PlanConstraints): number =>
  c.maxWeeklyMin ?? Number.POSITIVE_INFINITY;
