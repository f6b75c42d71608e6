import type { Plan } from "../schema/plan.ts";

/**
 * The plan keeping only its week `week` (counted from 1, as the runner reads them) for an
 * export of one week; its goals, phases and scenario stay whole. `undefined` when the plan
 * has no such week.
 */
export function planWeek(plan: Plan, week: number): Plan | undefined {
  const kept = Number.isInteger(week) ? plan.weeks[week - 1] : undefined;
  return kept === undefined ? undefined : { ...plan, weeks: [kept] };
}
