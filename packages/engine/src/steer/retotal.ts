import { goalSplitOf } from "../contribution/contribution.ts";
import type { Week } from "../schema/plan.ts";
import { workoutLoad } from "../validate/load.ts";
import { weekTotals } from "../week-totals.ts";

/** A week's totals and goal split read again from its days, after its workouts changed. */
export function retotalWeek(week: Week, goalIds: readonly string[]): Week {
  const loads = week.days.flatMap((d) =>
    d.workouts.map((w) => ({ load: workoutLoad(w), contribution: w.contribution })),
  );
  return {
    ...week,
    totals: weekTotals(week.days),
    goalSplit: goalSplitOf(loads, goalIds, week.goalSplit),
  };
}
