import { policy } from "../constants.ts";
import { shortDate } from "../dates.ts";
import type { EarlyRecordEnd } from "../profile/history-weeks.ts";
import type { PlanWarning } from "../schema/plan.ts";

/**
 * A history that ends weeks before the plan is read as the runner's most recent weeks (the
 * start of PR-3, PR-4 and LR-1 rest on it): past a couple of weeks, the runner is told so
 * and asked for the weeks since.
 */
export function historyWarnings(earlyEnd: EarlyRecordEnd | undefined): PlanWarning[] {
  if (!earlyEnd || earlyEnd.weeksUnrecorded <= policy.unrecordedWeeksBeforeWarning) return [];
  return [
    {
      id: "w-history-ends-early",
      code: "HISTORY_ENDS_EARLY",
      rule: "PR-4",
      severity: "warn",
      message: `Your training history ends ${earlyEnd.weeksUnrecorded} weeks before the plan starts (its last week is that of ${shortDate(earlyEnd.lastWeek)}). The plan reads it as your most recent weeks, as if it led straight into the plan. Add the weeks since, or import your recent activities, so the plan starts from what you run now.`,
    },
  ];
}
