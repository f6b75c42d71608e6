import { addDays, mondayOf } from "../format/dates.ts";
import { type Units, vertUnit } from "../format/units.ts";
import { type HistoryWeekDraft, newKey } from "./draft.ts";
import { useProblem } from "./validation-context.tsx";

type Column = {
  key: Exclude<keyof HistoryWeekDraft, "key" | "start">;
  label: (u: Units) => string;
  path: string;
};

const columns: Column[] = [
  { key: "minutes", label: () => "Minutes", path: "minutes" },
  { key: "runs", label: () => "Runs", path: "runs" },
  { key: "longestRunMin", label: () => "Longest run (min)", path: "longestRunMin" },
  { key: "vert", label: (u) => `Climbing (${vertUnit(u)})`, path: "vertM" },
  { key: "distance", label: (u) => `Distance (${u})`, path: "distanceKm" },
];

/** Recent weeks typed or imported, most recent last: what the plan starts from. */
export function HistoryWeeksTable({
  weeks,
  units,
  startDate,
  onChange,
}: {
  weeks: HistoryWeekDraft[];
  units: Units;
  startDate: string;
  onChange(weeks: HistoryWeekDraft[]): void;
}) {
  const update = (key: string, patch: Partial<HistoryWeekDraft>) =>
    onChange(weeks.map((w) => (w.key === key ? { ...w, ...patch } : w)));
  const addWeek = () => {
    const last = weeks.at(-1)?.start;
    const start = last ? addDays(last, 7) : addDays(mondayOf(startDate), -7);
    onChange([
      ...weeks,
      { key: newKey(), start, minutes: "", runs: "", longestRunMin: "", vert: "", distance: "" },
    ]);
  };
  return (
    <div className="history-weeks">
      {weeks.length > 0 && (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">
              Recent weeks of training, most recent last
            </caption>
            <thead>
              <tr>
                <th scope="col">Week of</th>
                {columns.map((c) => (
                  <th key={c.key} scope="col">
                    {c.label(units)}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {weeks.map((w, i) => (
                <WeekRow
                  key={w.key}
                  week={w}
                  index={i}
                  units={units}
                  update={update}
                  onRemove={() => onChange(weeks.filter((x) => x.key !== w.key))}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <button type="button" className="button small" onClick={addWeek}>
        Add a week
      </button>
    </div>
  );
}

function WeekRow({
  week,
  index,
  units,
  update,
  onRemove,
}: {
  week: HistoryWeekDraft;
  index: number;
  units: Units;
  update(key: string, patch: Partial<HistoryWeekDraft>): void;
  onRemove(): void;
}) {
  const path = `athlete.history.weeks.${index}`;
  const { problem } = useProblem(path);
  return (
    <>
      <tr>
        <td>
          <input
            type="date"
            aria-label={`Week ${index + 1}, Monday`}
            value={week.start}
            onChange={(e) => update(week.key, { start: e.target.value })}
          />
        </td>
        {columns.map((c) => (
          <td key={c.key}>
            <input
              inputMode="decimal"
              aria-label={`Week ${index + 1}, ${c.label(units)}`}
              aria-invalid={problem ? true : undefined}
              value={week[c.key]}
              onChange={(e) => update(week.key, { [c.key]: e.target.value })}
            />
          </td>
        ))}
        <td>
          <button
            type="button"
            className="link-button"
            onClick={onRemove}
            aria-label={`Remove week ${index + 1}`}
          >
            Remove
          </button>
        </td>
      </tr>
      {problem && (
        <tr>
          <td colSpan={columns.length + 2} className="field-problem">
            Week {index + 1}: {problem}
          </td>
        </tr>
      )}
    </>
  );
}
