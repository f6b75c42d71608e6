import type { Plan } from "../schema/plan.ts";
import { renderOverview } from "./overview.ts";
import { renderWeek } from "./week.ts";

/** A plan as Markdown for a runner or coach: overview and phase timeline, then week by week. */
export function renderMarkdown(plan: Plan): string {
  const units = plan.scenario.units;
  const weeks = plan.weeks.map((week) => renderWeek(week, units, plan.goals.length));
  return `${[renderOverview(plan), ...weeks].join("\n\n")}\n`;
}
