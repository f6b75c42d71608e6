import { dequal } from "dequal";
import { buildWeeks } from "../build-weeks.ts";
import { policy } from "../constants.ts";
import type { PlanContext } from "../plan-context.ts";
import { subSeed } from "../random.ts";
import { ok, type Result } from "../result.ts";
import type { Day, Plan, PlanWarning, Week } from "../schema/plan.ts";
import { planErrors } from "../validate/validate.ts";
import type { WeekSpan } from "../validate/week-facts.ts";
import { contextOfPlan } from "./context.ts";
import { sameRoles } from "./day-roles.ts";
import { keepLocked, lockedDaysOf } from "./locks.ts";
import { retotalWeek } from "./retotal.ts";
import { revise } from "./revision.ts";
import { type RegenerateScope, type ScopeSpan, type SteerIssue, spanOf } from "./scope.ts";

export interface Regenerated {
  plan: Plan;
  /** False when no seed gave another plan that keeps the rules: `plan` is the plan as it was. */
  changed: boolean;
  /** What was done, or why nothing could be, in a sentence. */
  message: string;
}

/**
 * Build a day, a week or a phase again with a new seed (stages 6–8; 5–8 for a phase) under
 * the same season: everything outside the scope is kept as it is, locked workouts stay
 * where they are, and the result breaks no rule the plan did not already break.
 */
export function regenerate(
  plan: Plan,
  scope: RegenerateScope,
  seed: number,
): Result<Regenerated, SteerIssue> {
  const span = spanOf(plan, scope);
  if (!span.ok) return span;
  const context = contextOfPlan(plan);
  if (!context.ok) return context;
  // The plan's own errors (a hand edit's) are read only when a candidate has any.
  let known: Set<string> | undefined;
  const where = describeSpan(plan, span.value);
  // Week-local rules can change only in the span's weeks, or across its edges in the next.
  const focus = { from: span.value.from - 1, to: span.value.to + 1 };
  for (let k = 0; k < policy.regenerateSeeds; k++) {
    const tried = k === 0 ? seed : subSeed(seed, "regenerate", k);
    const candidate = rebuild(plan, context.value, span.value, tried);
    if (candidate === undefined) continue;
    const errors = errorKeys(candidate, focus);
    if (errors.size > 0) {
      known ??= errorKeys(plan, focus);
      const seen = known;
      if ([...errors].some((key) => !seen.has(key))) continue;
    }
    const revised = revise(candidate, [
      {
        kind: "regenerate",
        summary: `Regenerated ${where} (seed ${tried})`,
        weekIndexes: weeksOf(span.value),
      },
    ]);
    return ok({
      plan: revised,
      changed: true,
      message: `Regenerated ${where} with seed ${tried}.`,
    });
  }
  return ok({
    plan,
    changed: false,
    message: `The rules leave no other choice for ${where}: every seed tried gives the same ${span.value.date ? "day" : "sessions"} or breaks a rule.`,
  });
}

/** The plan with the span built again from `seed`, or undefined when nothing changed. */
function rebuild(plan: Plan, ctx: PlanContext, span: ScopeSpan, seed: number): Plan | undefined {
  const built = buildWeeks(ctx, {
    from: span.from,
    to: span.to,
    kept: plan.weeks,
    seedOf: (i) => (i >= span.from && i <= span.to ? seed : plan.seed),
    lockedDaysOf: (i) => lockedDaysOf(plan.weeks[i]),
  });
  const goalIds = plan.goals.map((g) => g.id);
  const weeks = plan.weeks.slice();
  for (let i = span.from; i <= span.to; i++) {
    const before = plan.weeks[i] as Week;
    const fresh = built.weeks[i];
    if (!fresh) return undefined;
    const next = span.date ? withDay(before, fresh, span.date) : keepLocked(fresh, before);
    if (!next) return undefined;
    weeks[i] = retotalWeek(next, goalIds);
  }
  // A deep comparison that stops at the first difference (a fresh week usually differs early).
  const same = weeks.every((w, i) => w === plan.weeks[i] || dequal(w, plan.weeks[i]));
  if (same) return undefined;
  const inSpan = (w: PlanWarning) =>
    w.code === "KEY_SESSIONS_CLOSE" &&
    w.weekIndex !== undefined &&
    w.weekIndex >= span.from &&
    w.weekIndex <= span.to;
  const fresh = span.date ? [] : built.keyWarnings;
  return { ...plan, weeks, warnings: [...plan.warnings.filter((w) => !inSpan(w)), ...fresh] };
}

/** The week as it was, with one day taken from the fresh week when it plays the same part. */
function withDay(before: Week, fresh: Week, date: string): Week | undefined {
  const old = before.days.find((d) => d.date === date) as Day;
  const now = fresh.days.find((d) => d.date === date) as Day;
  if (old.workouts.some((w) => w.locked) || !sameRoles(old, now)) return undefined;
  return { ...before, days: before.days.map((d) => (d.date === date ? now : d)) };
}

function errorKeys(plan: Plan, focus: WeekSpan): Set<string> {
  return new Set(
    planErrors(plan, focus).map((f) => `${f.rule}|${f.measure ?? ""}|${f.weekIndex ?? ""}`),
  );
}

const weeksOf = (span: ScopeSpan) =>
  Array.from({ length: span.to - span.from + 1 }, (_, i) => span.from + i);

function describeSpan(plan: Plan, span: ScopeSpan): string {
  if (span.date) return `${span.date}`;
  if (span.from === span.to) return `week ${span.from + 1}`;
  const phase = plan.weeks[span.from]?.phase ?? "";
  return `the ${phase} phase (weeks ${span.from + 1}–${span.to + 1})`;
}
