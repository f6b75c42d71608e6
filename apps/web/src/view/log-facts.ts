import type { LogEntry, Plan } from "@cairn/engine";
import { addDays, mondayOf } from "../format/dates.ts";

/** What the runner logged, and where a re-plan would start from. */

export const logByDate = (plan: Plan): Map<string, LogEntry> =>
  new Map((plan.log ?? []).map((e) => [e.date, e]));

export interface ReplanSuggestion {
  /** The Monday the new weeks start on. */
  from: string;
  /** Days logged since the plan was last made. */
  loggedDays: number;
}

/**
 * Re-plan once something was logged since the plan was last made: from this week when the
 * season is under way, else from the Monday after the last logged day, so the logged weeks
 * are kept as run. None when that Monday is past the plan's last week.
 */
export function replanSuggestion(plan: Plan, today: string): ReplanSuggestion | undefined {
  const since = plan.replannedFrom ?? plan.startDate;
  const logged = (plan.log ?? []).filter((e) => e.date >= since);
  const last = logged.at(-1)?.date;
  if (!last) return undefined;
  const afterLogged = addDays(mondayOf(last), 7);
  const thisWeek = mondayOf(today);
  // ISO dates sort as text: the later of the two.
  const from = [thisWeek, afterLogged].sort()[1] ?? afterLogged;
  const lastWeek = plan.weeks.at(-1)?.startDate ?? plan.startDate;
  if (from > lastWeek) return undefined;
  return { from, loggedDays: logged.length };
}
