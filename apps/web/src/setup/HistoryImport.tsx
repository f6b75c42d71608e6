import {
  type HistoryWeek,
  historyWeeksOf,
  importActivities,
  type SkippedInput,
} from "@cairn/engine";
import { type DragEvent, useId, useState } from "react";
import { localToday } from "../format/clock.ts";

interface ImportSummary {
  files: number;
  activities: number;
  duplicates: number;
  skipped: SkippedInput[];
}

const accepted = ".csv,.fit,.gpx,.tcx";

/**
 * Training files read in the browser by the engine's own importer (nothing is uploaded):
 * Strava's activities.csv, FIT, GPX or TCX, folded into the last twelve weeks.
 */
export function HistoryImport({ onWeeks }: { onWeeks(weeks: HistoryWeek[]): void }) {
  const id = useId();
  const [summary, setSummary] = useState<ImportSummary | undefined>();
  const [busy, setBusy] = useState(false);
  const [over, setOver] = useState(false);

  const read = async (list: FileList | null) => {
    const files = [...(list ?? [])];
    if (files.length === 0) return;
    setBusy(true);
    const loaded = await Promise.all(
      files.map(async (f) => ({ name: f.name, data: new Uint8Array(await f.arrayBuffer()) })),
    );
    // The runner's own calendar day of each start, in this browser's time zone.
    const result = importActivities(loaded, { dateOf: (start) => localToday(new Date(start)) });
    const weeks = historyWeeksOf(result.activities);
    setSummary({
      files: files.length,
      activities: result.activities.length,
      duplicates: result.duplicates,
      skipped: result.skipped,
    });
    setBusy(false);
    if (weeks.length > 0) onWeeks(weeks);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    void read(event.dataTransfer.files);
  };

  return (
    <fieldset
      className="drop-zone"
      data-over={over ? "" : undefined}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <legend>Import training files</legend>
      <label htmlFor={id}>
        <strong>Drop training files here</strong> or choose them: Strava's activities.csv (from your
        account's export), FIT, GPX or TCX. They are read in this browser; nothing is uploaded.
      </label>
      <input
        id={id}
        type="file"
        multiple
        accept={accepted}
        onChange={(e) => void read(e.target.files)}
      />
      <p role="status" className="import-status">
        {busy && "Reading your files…"}
        {!busy && summary && <ImportResult summary={summary} />}
      </p>
    </fieldset>
  );
}

function ImportResult({ summary }: { summary: ImportSummary }) {
  const { files, activities, duplicates, skipped } = summary;
  return (
    <>
      Read {activities} activit{activities === 1 ? "y" : "ies"} from {files} file
      {files === 1 ? "" : "s"}
      {duplicates > 0 ? `, ${duplicates} duplicate${duplicates === 1 ? "" : "s"} dropped` : ""}
      {activities > 0 ? ": your last 12 weeks are below." : "."}
      {skipped.length > 0 && (
        <span className="skipped">
          {" "}
          Skipped {skipped.length}:{" "}
          {skipped
            .slice(0, 3)
            .map((s) => `${s.file}${s.row ? ` row ${s.row}` : ""} (${s.reason})`)
            .join("; ")}
          {skipped.length > 3 ? "…" : ""}
        </span>
      )}
    </>
  );
}
