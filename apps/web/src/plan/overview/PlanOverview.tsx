import { memo } from "react";
import { longDate } from "../../format/dates.ts";
import { seasonWarnings } from "../../view/week-facts.ts";
import { usePlanView } from "../plan-view.tsx";
import { WarningList } from "../warnings/WarningList.tsx";
import { ExportLinks } from "./ExportLinks.tsx";
import { GoalChips } from "./GoalChips.tsx";
import "./overview.css";

/** The plan's title, its goals, what it warns about for the whole season, and exports. */
// Memoised: it reads only the plan, so moving between weeks leaves it be.
export const PlanOverview = memo(function PlanOverview() {
  const { plan, looks } = usePlanView();
  const name = plan.scenario.athlete.name;
  const title = looks.map((g) => g.name).join(" + ");
  return (
    <section className="plan-overview" aria-labelledby="plan-title">
      <div className="plan-title-row">
        <div>
          <h1 id="plan-title">{title}</h1>
          <p className="muted">
            {name ? `${name}'s plan · ` : ""}
            {plan.weeks.length} weeks, {longDate(plan.startDate)} to {longDate(plan.endDate)} ·
            revision {plan.revision ?? 0}
          </p>
        </div>
        <ExportLinks />
      </div>
      <GoalChips />
      <WarningList warnings={seasonWarnings(plan)} heading="About this season" />
    </section>
  );
});
