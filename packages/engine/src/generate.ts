import { buildWeeks } from "./build-weeks.ts";
import { planWarnings } from "./explain/plan-warnings.ts";
import { warningOf } from "./explain/warnings.ts";
import { parseScenario } from "./parse.ts";
import { planContextOf, planGoal } from "./plan-context.ts";
import { err, ok, type Result } from "./result.ts";
import type { InputIssue } from "./schema/issues.ts";
import type { Plan } from "./schema/plan.ts";
import { conflictWarnings } from "./season/conflict-warnings.ts";

export interface GenerateOptions {
  /** The day the plan is made (ISO); defaults the start date and rejects past races. */
  today: string;
  /** Overrides the scenario's seed. */
  seed?: number;
}

/** scenario → plan: parse, season, profile, macro, targets, then microcycle, workouts and explain week by week. */
export function generatePlan(input: unknown, options: GenerateOptions): Result<Plan, InputIssue[]> {
  const parsed = parseScenario(input, options.today);
  if (!parsed.ok) return err(parsed.error);
  const scenario = parsed.value;
  const seed = options.seed ?? scenario.seed;
  const context = planContextOf(scenario, seed);
  if (!context.ok) return context;
  const { macro, profileResult, constraints, goals, season } = context.value;
  const { weeks, keyWarnings } = buildWeeks(context.value);
  const last = macro.phases.at(-1);
  const plan: Plan = {
    formatVersion: 1,
    seed,
    scenario: { ...scenario, seed, constraints },
    startDate: scenario.startDate,
    endDate: last?.endDate ?? scenario.startDate,
    athleteProfile: profileResult.profile,
    goals: goals.map(planGoal),
    warnings: [],
    phases: macro.phases,
    weeks,
  };
  // The scenario parsed, so its start date, when given, is a real date.
  const asked = (input as { startDate?: string }).startDate;
  plan.warnings = [
    ...(asked !== undefined && asked !== scenario.startDate
      ? [warningOf({ code: "START_ON_MONDAY", askedDate: asked, startDate: scenario.startDate })]
      : []),
    ...conflictWarnings(season.conflicts),
    ...keyWarnings,
    ...planWarnings(plan, macro, profileResult),
  ];
  return ok(plan);
}
