import type { Plan, Week } from "../src/schema/plan.ts";

const notTraining = new Set(["rest", "strength", "mobility", "cross", "race"]);

/** A week's training running minutes, races left out: what PR-1..3 and TP-2 read. */
export const trainingRunMin = (w: Week): number =>
  w.days
    .flatMap((d) => d.workouts)
    .filter((x) => !notTraining.has(x.type))
    .reduce((s, x) => s + x.durationMin, 0);

/** The last recovery week after `goalId`'s race, and the weeks after it. */
export function afterRecovery(plan: Plan, goalId: string): { recovery?: Week; after: Week[] } {
  const last = plan.weeks.findLastIndex((w) => w.goalId === goalId && w.phase === "recovery");
  const recovery = plan.weeks[last];
  return { ...(recovery ? { recovery } : {}), after: plan.weeks.slice(last + 1) };
}
