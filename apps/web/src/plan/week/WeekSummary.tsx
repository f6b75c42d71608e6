import type { Week } from "@cairn/engine";
import { formatDistance, formatDuration, formatShare, formatVert } from "../../format/units.ts";
import { shareParts } from "../../view/goals.ts";
import { usePlanView } from "../plan-view.tsx";
import { GoalSplitBar } from "./GoalSplitBar.tsx";

/** The week in numbers, and how it splits between the goals. */
export function WeekSummary({ week }: { week: Week }) {
  const { looks, units } = usePlanView();
  const t = week.totals;
  const facts: [string, string][] = [
    ["Total", formatDuration(t.volumeMin)],
    ["Running", `${formatDuration(t.runMin)} · ${formatDistance(t.distanceKm, units)}`],
    ["Long run", formatDuration(t.longRunMin)],
    ["Quality", `${Math.round(t.qualityMin)} min`],
    ["Easy share", formatShare(t.easyShare)],
    ["Climbing", formatVert(t.vertM, units)],
    ["Load", String(Math.round(t.load))],
  ];
  const parts = shareParts(week.goalSplit, looks);
  return (
    <section className="week-summary panel" aria-labelledby="summary-title">
      <h3 id="summary-title">This week</h3>
      <dl className="summary-facts">
        {facts.map(([name, value]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {looks.length > 1 && <GoalSplitBar parts={parts} />}
    </section>
  );
}
