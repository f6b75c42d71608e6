import type { IsoDate } from "../dates.ts";

/** One training session read from a file, before it is folded into weeks. */
export interface ImportedActivity {
  /** The calendar day it started on (see `ImportOptions.dateOf`). */
  date: IsoDate;
  /** When it started, as an ISO datetime in UTC: duplicates across files are found by it. */
  startTime: string;
  /** "run", "trail run", "ride", "walk", "hike", "swim" … (see sports.ts). */
  sport: string;
  /** Moving or timer time when the file has it, else elapsed time. */
  durationMin: number;
  /** Start to finish, pauses included, when the file says: another file may only have this. */
  elapsedMin?: number;
  distanceKm?: number;
  vertM?: number;
  /** Where it was read: the file and, for a CSV, its row (the header being row 1). */
  source: ActivitySource;
}

export interface ActivitySource {
  file: string;
  row?: number;
}

/** Something in the input that gave no activity, and why. */
export interface SkippedInput extends ActivitySource {
  reason: string;
}

/** What one reader makes of one file. */
export interface FileReading {
  activities: ImportedActivity[];
  skipped: SkippedInput[];
}

/** Turns a UTC start time into the runner's calendar day. */
export type DateOf = (startTime: string) => IsoDate;

/** The UTC calendar day: right for runners near UTC, and the only choice without a time zone. */
export const utcDateOf: DateOf = (startTime) => startTime.slice(0, 10);

/** What a reader found, in the units of its file. */
export interface RawActivity {
  startMs: number;
  sport: string;
  durationSec?: number | undefined;
  elapsedSec?: number | undefined;
  distanceM?: number | undefined;
  vertM?: number | undefined;
}

/** Start times from 1970 to 9999: the range whose dates are written YYYY-MM-DD. */
const startRangeMs = [0, Date.UTC(10_000, 0, 1)] as const;

/**
 * One reader's record as an activity, or why it cannot be one. The duration is the moving
 * or timer time, else the elapsed time; a missing or zero duration cannot be counted.
 */
export function toActivity(
  raw: RawActivity,
  source: ActivitySource,
  dateOf: DateOf,
): ImportedActivity | SkippedInput {
  if (!(raw.startMs >= startRangeMs[0] && raw.startMs < startRangeMs[1]))
    return { ...source, reason: "no start time" };
  const elapsedSec = positive(raw.elapsedSec);
  const durationSec = positive(raw.durationSec) ?? elapsedSec;
  if (durationSec === undefined) return { ...source, reason: "no duration" };
  const startTime = new Date(raw.startMs).toISOString();
  const activity: ImportedActivity = {
    date: dateOf(startTime),
    startTime,
    sport: raw.sport,
    durationMin: durationSec / 60,
    source,
  };
  if (elapsedSec !== undefined) activity.elapsedMin = elapsedSec / 60;
  const distanceM = nonNegative(raw.distanceM);
  if (distanceM !== undefined) activity.distanceKm = distanceM / 1000;
  const vertM = nonNegative(raw.vertM);
  if (vertM !== undefined) activity.vertM = vertM;
  return activity;
}

function isSkipped(read: ImportedActivity | SkippedInput): read is SkippedInput {
  return "reason" in read;
}

/** Gather records and skips of one file. */
export function collect(reads: readonly (ImportedActivity | SkippedInput)[]): FileReading {
  const reading: FileReading = { activities: [], skipped: [] };
  for (const read of reads) {
    if (isSkipped(read)) reading.skipped.push(read);
    else reading.activities.push(read);
  }
  return reading;
}

export const skipFile = (file: string, reason: string): FileReading => ({
  activities: [],
  skipped: [{ file, reason }],
});

function nonNegative(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) && value >= 0 ? value : undefined;
}

function positive(value: number | undefined): number | undefined {
  const kept = nonNegative(value);
  return kept !== undefined && kept > 0 ? kept : undefined;
}
