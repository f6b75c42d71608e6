import type { Week } from "@cairn/engine";
import { useMemo } from "react";
import { weekdayKeys } from "../../format/dates.ts";
import { logByDate } from "../../view/log-facts.ts";
import { isTraining, trainingDays } from "../../view/week-facts.ts";
import { usePlanView } from "../plan-view.tsx";
import { DayColumn } from "./DayColumn.tsx";

/** Seven day columns on a wide screen, a list of days on a phone. */
export function WeekDays({ week }: { week: Week }) {
  const { plan, write, writing } = usePlanView();
  const log = useMemo(() => logByDate(plan), [plan]);
  const days = trainingDays(week);
  const weekDates = useMemo(() => week.days.map((d) => d.date), [week]);
  const logMissedWeek = async () => {
    for (const date of days) {
      const done = await write({
        action: { kind: "log", date, status: "missed" },
        done: `Logged ${date} as missed.`,
      });
      if (!done) return;
    }
  };
  return (
    <section className="week-days-section" aria-labelledby="days-title">
      <div className="days-head">
        <h3 id="days-title">Days</h3>
        <button
          type="button"
          className="button small"
          disabled={writing || days.length === 0}
          onClick={() => void logMissedWeek()}
        >
          Log the whole week as missed
        </button>
      </div>
      <ol className="week-days">
        {week.days.map((day, i) => (
          <DayColumn
            // Keyed by weekday: moving to another week updates the seven columns in place.
            key={weekdayKeys[i]}
            day={day}
            entry={log.get(day.date)}
            trains={day.workouts.some(isTraining)}
            weekDates={weekDates}
          />
        ))}
      </ol>
    </section>
  );
}
