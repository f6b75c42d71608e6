import { daysBetween } from "../dates.ts";
import { describeFinding } from "../explain/findings.ts";
import type { Plan, PlanWarning } from "../schema/plan.ts";
import type { Finding } from "../validate/finding.ts";
import { planErrors } from "../validate/validate.ts";

/** The code of a warning about a rule the runner's own edit breaks. */
export const editBreaksRule = "EDIT_BREAKS_RULE";

export const editWarningId = (rule: string, weekIndex: number): string =>
  `w-edit-${rule.toLowerCase()}-week-${weekIndex + 1}`;

/** The week a finding is about: its own, or the one its date falls in. */
function weekOf(f: Finding, plan: Plan): number | undefined {
  if (f.weekIndex !== undefined) return f.weekIndex;
  return f.date === undefined ? undefined : Math.floor(daysBetween(plan.startDate, f.date) / 7);
}

function editWarning(f: Finding, weekIndex: number): PlanWarning {
  return {
    id: editWarningId(f.rule, weekIndex),
    code: editBreaksRule,
    rule: f.rule,
    severity: "warn",
    message: `${describeFinding(f)} Re-balance the rest of the week to fix it.`,
    weekIndex,
    choices: [
      { id: "rebalance", label: "Re-balance the rest of the week" },
      { id: "keep", label: "Keep my edit" },
    ],
  };
}

/**
 * The plan with its edit warnings read afresh: an edit the runner makes is kept even when it
 * breaks a rule, and each rule it breaks in an edited week becomes one warning that names the
 * rule and offers the fix. Weeks edited before stay edited, so their warnings last as long as
 * the breach does and go when it is mended. The old edit warnings are left out of the
 * validation: a warning with a rule id would otherwise soften that rule's findings.
 */
export function withEditWarnings(plan: Plan, editedWeeks: readonly number[]): Plan {
  const others = plan.warnings.filter((w) => w.code !== editBreaksRule);
  const weeks = new Set(editedWeeks);
  for (const w of plan.warnings)
    if (w.code === editBreaksRule && w.weekIndex !== undefined) weeks.add(w.weekIndex);
  const fresh = new Map<string, PlanWarning>();
  for (const f of planErrors({ ...plan, warnings: others })) {
    const week = weekOf(f, plan);
    if (week === undefined || !weeks.has(week)) continue;
    const id = editWarningId(f.rule, week);
    // One warning a rule and week: the first finding says enough to act on.
    if (!fresh.has(id)) fresh.set(id, editWarning(f, week));
  }
  // By week, and within a week in the order of TRAINING-RULES.md (the validator's).
  const ordered = [...fresh.values()].sort((a, b) => (a.weekIndex ?? 0) - (b.weekIndex ?? 0));
  return { ...plan, warnings: [...others, ...ordered] };
}
