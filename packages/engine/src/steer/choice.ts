import { generatePlan } from "../generate.ts";
import { err, ok, type Result } from "../result.ts";
import type { Plan } from "../schema/plan.ts";
import { editBreaksRule, withEditWarnings } from "./edit-warnings.ts";
import { regenerate } from "./regenerate.ts";
import { revise } from "./revision.ts";
import type { SteerIssue } from "./scope.ts";

/**
 * Answer a warning with one of its choices. A season or key-session conflict is settled by
 * the generator, which reads `scenario.choices`: the plan is made again with the answer (the
 * log is kept). An edit that breaks a rule is either kept as it is, or the rest of its week is
 * re-balanced around it — the week built again with the edited workouts locked.
 */
export function applyChoice(
  plan: Plan,
  warningId: string,
  choiceId: string,
  seed: number = plan.seed + (plan.revision ?? 0) + 1,
): Result<Plan, SteerIssue> {
  const warning = plan.warnings.find((w) => w.id === warningId);
  if (!warning?.choices?.length)
    return err({
      field: "warningId",
      message: `no warning "${warningId}" with choices in this plan`,
    });
  const choice = warning.choices.find((c) => c.id === choiceId);
  if (!choice) {
    const valid = warning.choices.map((c) => c.id).join(", ");
    return err({
      field: "choiceId",
      message: `"${choiceId}" is not one of ${warningId}'s choices: ${valid}`,
    });
  }
  const change = {
    kind: "choice" as const,
    summary: `${choice.label} (${warningId})`,
    ...(warning.weekIndex === undefined ? {} : { weekIndexes: [warning.weekIndex] }),
  };
  if (warning.code === editBreaksRule) {
    const kept = { ...plan, warnings: plan.warnings.filter((w) => w.id !== warningId) };
    if (choiceId === "keep" || warning.weekIndex === undefined) return ok(revise(kept, [change]));
    const rebuilt = regenerate(plan, { kind: "week", index: warning.weekIndex }, seed);
    if (!rebuilt.ok) return rebuilt;
    if (!rebuilt.value.changed) return err({ field: "choiceId", message: rebuilt.value.message });
    const rebalanced = { ...rebuilt.value.plan, revision: plan.revision ?? 0 };
    return ok(revise(withEditWarnings(rebalanced, []), [change]));
  }
  const scenario = {
    ...plan.scenario,
    choices: { ...plan.scenario.choices, [warningId]: choiceId },
  };
  const made = generatePlan(scenario, { today: plan.startDate, seed: plan.seed });
  if (!made.ok)
    return err({ field: "choiceId", message: made.error[0]?.message ?? "the answer was refused" });
  const next: Plan = {
    ...made.value,
    ...(plan.log ? { log: plan.log } : {}),
    ...(plan.revision === undefined ? {} : { revision: plan.revision }),
  };
  return ok(revise(next, [change]));
}
