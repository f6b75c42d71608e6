import { memo } from "react";
import { dayLabel, shortDate } from "../../format/dates.ts";
import { formatDuration } from "../../format/units.ts";
import { cssVars } from "../../ui/css-vars.ts";
import type { TimelineWeek } from "../../view/timeline.ts";
import { weekKindName } from "../../view/week-facts.ts";

/** One week of the band: its volume as a bar in its phase's colour, its races and marks. */
export const TimelineWeekButton = memo(function TimelineWeekButton({
  week,
  selected,
  onSelect,
}: {
  week: TimelineWeek;
  selected: boolean;
  onSelect(index: number): void;
}) {
  const races = week.races.map((r) => `${r.priority} race ${r.name} on ${dayLabel(r.date)}`);
  const label = [
    `Week ${week.index + 1}, ${shortDate(week.startDate)}`,
    `${week.phase}, ${weekKindName(week.kind)}`,
    `${formatDuration(week.volumeMin)} planned`,
    ...races,
    week.warnings > 0 ? `${week.warnings} warning${week.warnings > 1 ? "s" : ""}` : "",
    week.past ? "as run" : "",
  ]
    .filter(Boolean)
    .join(", ");
  return (
    <li>
      <button
        type="button"
        className="timeline-week"
        data-week={week.index}
        data-kind={week.kind}
        data-past={week.past ? "" : undefined}
        aria-current={selected ? "true" : undefined}
        tabIndex={selected ? 0 : -1}
        onClick={() => onSelect(week.index)}
        style={cssVars({ "--goal": week.color, "--height": week.height.toFixed(3) })}
      >
        <span className="visually-hidden">{label}</span>
        <span className="week-number" aria-hidden="true">
          {week.index + 1}
        </span>
        <span className="week-bar" />
        {week.races.map((r) => (
          <span key={r.goalId} className="race-flag" data-priority={r.priority} aria-hidden="true">
            {r.priority}
          </span>
        ))}
        {week.warnings > 0 && (
          <span className="week-warning" aria-hidden="true">
            !
          </span>
        )}
      </button>
    </li>
  );
});
