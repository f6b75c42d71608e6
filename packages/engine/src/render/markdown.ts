import type { Plan } from "../schema/plan.ts";
import { renderOverview } from "./overview.ts";
import { renderWeek } from "./week.ts";

/** A plan as Markdown for a runner or coach: overview and phase timeline, then week by week. */
export function renderMarkdown(plan: Plan): string {
  const units = plan.scenario.units;
  const names = Object.fromEntries(plan.goals.map((g) => [g.id, g.name ?? g.id]));
  const weeks = plan.weeks.map((week) => renderWeek(week, units, names));
  return `${[renderOverview(plan), ...weeks].join("\n\n")}\n`;
}
