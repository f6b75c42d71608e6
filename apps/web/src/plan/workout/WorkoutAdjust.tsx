import type { Workout } from "@cairn/engine";
import { type FormEvent, useId, useState } from "react";
import { dayLabel } from "../../format/dates.ts";
import { usePlanView } from "../plan-view.tsx";

/**
 * Move a workout to another day of its week, or change its minutes. The engine keeps the
 * change; if it breaks a rule, the week says so with a warning and its choices.
 */
export function WorkoutAdjust({
  workout,
  date: from,
  weekDates,
}: {
  workout: Workout;
  date: string;
  weekDates: readonly string[];
}) {
  const { write, writing } = usePlanView();
  const ids = useId();
  const [toDate, setToDate] = useState(weekDates.find((d) => d !== from) ?? from);
  const [minutes, setMinutes] = useState(String(Math.round(workout.durationMin)));
  const value = Number(minutes);
  const minutesOk = Number.isFinite(value) && value >= 5 && value <= 600;

  const move = (event: FormEvent) => {
    event.preventDefault();
    void write({
      action: { kind: "move", workoutId: workout.id, toDate },
      done: `Moved ${workout.title} to ${dayLabel(toDate)}.`,
    });
  };
  const resize = (event: FormEvent) => {
    event.preventDefault();
    if (!minutesOk) return;
    void write({
      action: { kind: "edit", workoutId: workout.id, durationMin: value },
      done: `${workout.title}: now ${value} min.`,
    });
  };
  return (
    <div className="workout-adjust">
      <form onSubmit={move}>
        <label htmlFor={`${ids}-day`}>Move to</label>
        <select id={`${ids}-day`} value={toDate} onChange={(e) => setToDate(e.target.value)}>
          {weekDates
            .filter((d) => d !== from)
            .map((d) => (
              <option key={d} value={d}>
                {dayLabel(d)}
              </option>
            ))}
        </select>
        <button type="submit" className="button small" disabled={writing}>
          Move
        </button>
      </form>
      <form onSubmit={resize}>
        <label htmlFor={`${ids}-minutes`}>Minutes</label>
        <input
          id={`${ids}-minutes`}
          inputMode="numeric"
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
          aria-invalid={minutesOk ? undefined : true}
        />
        <button type="submit" className="button small" disabled={writing || !minutesOk}>
          Set
        </button>
      </form>
    </div>
  );
}
