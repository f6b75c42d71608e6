import type { Result } from "./result.ts";
import type { InputIssue } from "./schema/issues.ts";
import type { Plan } from "./schema/plan.ts";

export interface GenerateOptions {
  /** The day the plan is made (ISO); defaults the start date and rejects past races. */
  today: string;
  /** Overrides the scenario's seed. */
  seed?: number;
}

/** scenario → plan: the whole pipeline. */
export function generatePlan(_input: unknown, _options: GenerateOptions): Result<Plan, InputIssue[]> {
  throw new Error("not yet built");
}
