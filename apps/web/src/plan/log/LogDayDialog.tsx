import type { LogEntry, Week } from "@cairn/engine";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { dayLabel } from "../../format/dates.ts";
import { formatDuration } from "../../format/units.ts";
import { usePlanView } from "../plan-view.tsx";
import "./log.css";

type Day = Week["days"][number];
type Status = LogEntry["status"];

const rpeScale = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

const statusWords: Record<Status, string> = {
  done: "Done as planned",
  partial: "Partly done",
  missed: "Missed",
  extra: "Ran, though nothing was planned",
};

/** What was really run on a day: done, partly, missed (or extra on a rest day), and how hard it felt. */
export function LogDayDialog({
  day,
  entry,
  onClose,
}: {
  day: Day;
  entry: LogEntry | undefined;
  onClose(): void;
}) {
  const { write, writing } = usePlanView();
  const dialog = useRef<HTMLDialogElement>(null);
  const ids = useId();
  const planned = day.workouts
    .filter((w) => w.type !== "rest")
    .reduce((s, w) => s + w.durationMin, 0);
  const statuses: Status[] = planned > 0 ? ["done", "partial", "missed"] : ["extra", "missed"];
  const [status, setStatus] = useState<Status>(entry?.status ?? statuses[0] ?? "done");
  const [minutes, setMinutes] = useState(String(entry?.minutes ?? (Math.round(planned / 2) || 30)));
  const [rpe, setRpe] = useState(entry?.rpe ? String(entry.rpe) : "");
  const needsMinutes = status === "partial" || status === "extra";
  const minutesValue = Number(minutes);
  const minutesProblem =
    needsMinutes && !(minutesValue > 0 && minutesValue <= 1440)
      ? "Give the minutes you ran (1 to 1440)."
      : "";

  useEffect(() => {
    const node = dialog.current;
    if (node && !node.open) node.showModal();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (minutesProblem) return;
    const ok = await write({
      action: {
        kind: "log",
        date: day.date,
        status,
        ...(needsMinutes ? { minutes: minutesValue } : {}),
        ...(status !== "missed" && rpe ? { rpe: Number(rpe) } : {}),
      },
      done: `Logged ${dayLabel(day.date)}: ${statusWords[status].toLowerCase()}.`,
    });
    if (ok) dialog.current?.close();
  };

  return (
    <dialog ref={dialog} className="log-dialog" onClose={onClose} aria-labelledby={`${ids}-title`}>
      <form onSubmit={(e) => void submit(e)}>
        <h3 id={`${ids}-title`}>Log {dayLabel(day.date)}</h3>
        <p className="muted">
          {planned > 0 ? `Planned: ${formatDuration(planned)}.` : "Nothing was planned."}
        </p>
        <fieldset>
          <legend>How did it go?</legend>
          {statuses.map((s) => (
            <label key={s} className="radio">
              <input
                type="radio"
                name="status"
                value={s}
                checked={status === s}
                onChange={() => setStatus(s)}
              />
              {statusWords[s]}
            </label>
          ))}
        </fieldset>
        {needsMinutes && (
          <label className="field">
            Minutes run
            <input
              type="number"
              inputMode="numeric"
              min={1}
              max={1440}
              value={minutes}
              onChange={(e) => setMinutes(e.target.value)}
              aria-invalid={minutesProblem ? true : undefined}
              aria-describedby={minutesProblem ? `${ids}-minutes` : undefined}
            />
          </label>
        )}
        {minutesProblem && (
          <p id={`${ids}-minutes`} className="field-problem">
            {minutesProblem}
          </p>
        )}
        {status !== "missed" && (
          <label className="field">
            How hard did it feel? (RPE 1–10, optional)
            <select value={rpe} onChange={(e) => setRpe(e.target.value)}>
              <option value="">Not rated</option>
              {rpeScale.map((value) => (
                <option key={value} value={value}>
                  {value}
                  {value === 1 ? " very easy" : value === 10 ? " maximal" : ""}
                </option>
              ))}
            </select>
          </label>
        )}
        <div className="dialog-buttons">
          <button type="submit" className="button primary" disabled={writing}>
            Save
          </button>
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
