import type { LogEntry, Week } from "@cairn/engine";
import { memo, useState } from "react";
import { dayLabel } from "../../format/dates.ts";
import { formatDuration } from "../../format/units.ts";
import { LogDayDialog } from "../log/LogDayDialog.tsx";
import { usePlanView } from "../plan-view.tsx";
import { WorkoutCard } from "../workout/WorkoutCard.tsx";
import { RegenerateButton } from "./RegenerateButton.tsx";

type Day = Week["days"][number];

const logWords = {
  done: "Done",
  partial: "Partly done",
  missed: "Missed",
  extra: "Extra run",
} as const;

function logText(entry: LogEntry): string {
  const minutes =
    entry.minutes !== undefined && entry.status !== "done"
      ? ` · ${formatDuration(entry.minutes)}`
      : "";
  return `${logWords[entry.status]}${minutes}${entry.rpe ? ` · RPE ${entry.rpe}` : ""}`;
}

/** A day: its workouts, what was logged, and its own controls. */
export const DayColumn = memo(function DayColumn({
  day,
  entry,
  trains,
  weekDates,
}: {
  day: Day;
  entry: LogEntry | undefined;
  trains: boolean;
  /** The week's seven days, for moving a workout. */
  weekDates: readonly string[];
}) {
  const { today } = usePlanView();
  const [logging, setLogging] = useState(false);
  const label = dayLabel(day.date);
  const workouts = day.workouts.filter((w) => w.type !== "rest");
  return (
    <li
      className="day"
      data-today={day.date === today ? "" : undefined}
      aria-label={label}
      data-date={day.date}
    >
      <div className="day-head">
        <h4>
          {label}
          {day.date === today && <span className="badge today">today</span>}
        </h4>
        <div className="day-actions">
          <button
            type="button"
            className="button small"
            onClick={() => setLogging(true)}
            aria-label={`Log ${label}`}
          >
            Log
          </button>
          {trains && (
            <RegenerateButton
              scope={{ kind: "day", date: day.date }}
              label={`Regenerate ${label}`}
              compact
            />
          )}
        </div>
      </div>
      {entry && (
        <p className="log-chip" data-status={entry.status}>
          {logText(entry)}
        </p>
      )}
      {workouts.length === 0 ? (
        <p className="rest-day">Rest</p>
      ) : (
        workouts.map((w) => (
          <WorkoutCard key={w.id} workout={w} place={{ date: day.date, weekDates }} />
        ))
      )}
      {logging && <LogDayDialog day={day} entry={entry} onClose={() => setLogging(false)} />}
    </li>
  );
});
