import type { PlanFacts, WeekFacts } from "./week-facts.ts";

/** A week with days the athlete can't train: lighter by their choice, not the plan's. */
export function hasUnavailableDays(f: PlanFacts, week: WeekFacts): boolean {
  return week.days.some((d) =>
    f.constraints.unavailable.some((r) => d.date >= r.from && d.date <= r.to),
  );
}
