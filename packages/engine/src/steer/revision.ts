import type { Plan } from "../schema/plan.ts";
import type { Change } from "../schema/revision.ts";

/** The plan as the next revision: its number one up, and what changed. */
export function revise(plan: Plan, changes: Change[]): Plan {
  return { ...plan, revision: (plan.revision ?? 0) + 1, changes };
}
