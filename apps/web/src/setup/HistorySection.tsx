import type { HistoryWeek } from "@cairn/engine";
import { kmTo, metresTo, type Units } from "../format/units.ts";
import { type HistoryWeekDraft, newKey } from "./draft.ts";
import { HistoryImport } from "./HistoryImport.tsx";
import { HistoryWeeksTable } from "./HistoryWeeksTable.tsx";

const text = (value: number | undefined) => (value === undefined ? "" : String(value));

/** Recent training, imported from files or typed week by week. */
export function HistorySection({
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
  const fromImport = (imported: HistoryWeek[]) =>
    onChange(
      imported.map((w) => ({
        key: newKey(),
        start: w.start,
        minutes: text(w.minutes),
        runs: text(w.runs),
        longestRunMin: text(w.longestRunMin),
        vert: w.vertM === undefined ? "" : String(metresTo(w.vertM, units)),
        distance: w.distanceKm === undefined ? "" : String(kmTo(w.distanceKm, units)),
      })),
    );
  return (
    <section className="setup-section" aria-labelledby="history-title">
      <h2 id="history-title">Recent training</h2>
      <p className="muted">
        The plan starts from what you have really been running: 8 to 12 weeks is best. Without it,
        Cairn starts cautiously.
      </p>
      <HistoryImport onWeeks={fromImport} />
      <h3>Week by week</h3>
      <p className="muted">Imported weeks land here; type or correct them, most recent last.</p>
      <HistoryWeeksTable weeks={weeks} units={units} startDate={startDate} onChange={onChange} />
    </section>
  );
}
