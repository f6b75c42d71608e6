import { weekWarnings } from "../../view/week-facts.ts";
import { ReplanBanner } from "../log/ReplanBanner.tsx";
import { usePlanView } from "../plan-view.tsx";
import { WarningList } from "../warnings/WarningList.tsx";
import { WeekDays } from "./WeekDays.tsx";
import { WeekHeader } from "./WeekHeader.tsx";
import { WeeklyTargets } from "./WeeklyTargets.tsx";
import { WeekSummary } from "./WeekSummary.tsx";
import { WhyThisWeek } from "./WhyThisWeek.tsx";
import "./week.css";

/** The open week: where it sits, its numbers, why it is so, and its seven days. */
export function WeekSection({
  weekIndex,
  onSelect,
}: {
  weekIndex: number;
  onSelect(index: number): void;
}) {
  const { plan } = usePlanView();
  const week = plan.weeks[weekIndex];
  if (!week) return null;
  return (
    <section className="week-section" aria-labelledby="week-title" data-testid="week-section">
      <WeekHeader week={week} onSelect={onSelect} />
      <ReplanBanner />
      <WarningList
        warnings={weekWarnings(plan, weekIndex)}
        heading={`Warnings in week ${weekIndex + 1}`}
      />
      <div className="week-overview">
        <WeeklyTargets week={week} />
        <WeekSummary week={week} />
        <WhyThisWeek week={week} />
      </div>
      <WeekDays week={week} />
    </section>
  );
}
