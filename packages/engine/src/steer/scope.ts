import { err, ok, type Result } from "../result.ts";
import type { Plan } from "../schema/plan.ts";

/**
 * What to regenerate: one day, one week (by index) or one phase (by index). Messages count
 * weeks and phases from 1, as the plan's Markdown shows them.
 */
export type RegenerateScope =
  | { kind: "day"; date: string }
  | { kind: "week"; index: number }
  | { kind: "phase"; index: number };

/** A plan input that names something the plan does not hold. */
export interface SteerIssue {
  field: string;
  message: string;
}

/** The weeks a scope spans, first to last, and for a day its date. */
export interface ScopeSpan {
  from: number;
  to: number;
  date?: string;
}

/** Where a scope falls in the plan, or what is wrong with it. */
export function spanOf(plan: Plan, scope: RegenerateScope): Result<ScopeSpan, SteerIssue> {
  const last = plan.weeks.length - 1;
  if (scope.kind === "week") {
    if (!Number.isInteger(scope.index) || scope.index < 0 || scope.index > last)
      return err({
        field: "week",
        message: `no week ${scope.index + 1}: the plan has weeks 1–${last + 1}`,
      });
    return ok({ from: scope.index, to: scope.index });
  }
  if (scope.kind === "phase") {
    const phase = plan.phases[scope.index];
    const first = phase?.weekIndexes[0];
    const end = phase?.weekIndexes.at(-1);
    if (first === undefined || end === undefined)
      return err({
        field: "phase",
        message: `no phase ${scope.index + 1}: the plan has phases 1–${plan.phases.length}`,
      });
    return ok({ from: first, to: end });
  }
  const week = plan.weeks.findIndex((w) => w.days.some((d) => d.date === scope.date));
  if (week < 0)
    return err({
      field: "day",
      message: `${scope.date} is not in the plan (${plan.startDate} to ${plan.endDate})`,
    });
  return ok({ from: week, to: week, date: scope.date });
}
