import { parse } from "csv-parse/sync";
import {
  collect,
  type DateOf,
  type FileReading,
  type ImportedActivity,
  type SkippedInput,
  skipFile,
  toActivity,
} from "./imported-activity.ts";
import { canonicalSport } from "./sports.ts";
import { parseStravaDate } from "./strava-date.ts";

/**
 * Strava's header repeats names: "Elapsed Time" and "Distance" come twice, the first
 * "Distance" in km (the athlete's display unit) and the second in metres. Columns are
 * found by the index of their first occurrence; an object keyed by name would keep the last.
 */
const columnNames = {
  date: "Activity Date",
  type: "Activity Type",
  elapsed: "Elapsed Time",
  moving: "Moving Time",
  distanceKm: "Distance",
  elevationGain: "Elevation Gain",
} as const;
type Column = keyof typeof columnNames;

/** Read a Strava bulk export's activities.csv; rows that cannot be read are skipped. */
export function readStravaCsv(file: string, text: string, dateOf: DateOf): FileReading {
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, relax_column_count: true });
  } catch (error) {
    return skipFile(
      file,
      `not a readable CSV file: ${error instanceof Error ? error.message : error}`,
    );
  }
  const [header, ...records] = rows;
  const at = columnIndexes(header ?? []);
  if (at.date === undefined || (at.moving === undefined && at.elapsed === undefined)) {
    const missing = at.date === undefined ? columnNames.date : columnNames.elapsed;
    return skipFile(file, `not a Strava activities.csv: no "${missing}" column`);
  }
  const reads = records.flatMap((record, i) => {
    // Spreadsheet numbering: the header is row 1.
    const source = { file, row: i + 2 };
    if (record.every((field) => field.trim() === "")) return [];
    return [readRow(record, at, source, dateOf)];
  });
  return collect(reads);
}

function columnIndexes(header: readonly string[]): Partial<Record<Column, number>> {
  const at: Partial<Record<Column, number>> = {};
  for (const [column, name] of Object.entries(columnNames) as [Column, string][]) {
    const index = header.findIndex((h) => h.trim() === name);
    if (index >= 0) at[column] = index;
  }
  return at;
}

function readRow(
  record: readonly string[],
  at: Partial<Record<Column, number>>,
  source: { file: string; row: number },
  dateOf: DateOf,
): ImportedActivity | SkippedInput {
  const field = (column: Column) => {
    const index = at[column];
    return index === undefined ? "" : (record[index] ?? "").trim();
  };
  const startMs = parseStravaDate(field("date"));
  if (Number.isNaN(startMs)) {
    const date = field("date");
    return { ...source, reason: date === "" ? "no date" : `unreadable date "${date}"` };
  }
  const distanceKm = numberOf(field("distanceKm"));
  return toActivity(
    {
      startMs,
      sport: canonicalSport(field("type") || "run"),
      durationSec: numberOf(field("moving")),
      elapsedSec: numberOf(field("elapsed")),
      distanceM: distanceKm === undefined ? undefined : distanceKm * 1000,
      vertM: numberOf(field("elevationGain")),
    },
    source,
    dateOf,
  );
}

/** "1,234.5" → 1234.5 (Strava writes thousands separators); empty or not a number → undefined. */
function numberOf(text: string): number | undefined {
  const cleaned = text.replace(/,/g, "");
  if (cleaned === "") return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : undefined;
}
