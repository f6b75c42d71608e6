import { checkScenario } from "../parse.ts";
import { type PlanContext, planContextOf } from "../plan-context.ts";
import { err, type Result } from "../result.ts";
import type { Plan } from "../schema/plan.ts";
import type { SteerIssue } from "./scope.ts";

/**
 * The season, profile and macro a plan was built from, read again from its own scenario (a
 * `Plan` is shape-checked already: generated, or read through `parsePlan`).
 */
export function contextOfPlan(plan: Plan): Result<PlanContext, SteerIssue> {
  const unreadable = { field: "scenario", message: "the plan's scenario no longer parses" };
  const scenario = checkScenario(plan.scenario, plan.startDate);
  if (!scenario.ok) return err(unreadable);
  const context = planContextOf(scenario.value, plan.seed);
  return context.ok ? context : err(unreadable);
}
