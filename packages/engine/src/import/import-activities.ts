import { removeDuplicates } from "./duplicates.ts";
import { readFit } from "./fit.ts";
import { gpxFormat } from "./gpx.ts";
import {
  type DateOf,
  type FileReading,
  type ImportedActivity,
  type SkippedInput,
  skipFile,
  utcDateOf,
} from "./imported-activity.ts";
import { readStravaCsv } from "./strava-csv.ts";
import { tcxFormat } from "./tcx.ts";
import { readXmlActivities } from "./xml.ts";

/** A training file as read from disk or an upload: its name chooses the reader. */
export interface TrainingFile {
  name: string;
  data: Uint8Array | string;
}

export interface ImportOptions {
  /**
   * The runner's calendar day of a UTC start time; default: the UTC day. A caller that
   * knows the runner's time zone passes it, so an evening run is not counted a day late.
   */
  dateOf?: DateOf;
}

export interface ImportResult {
  /** One per session, duplicates removed, in start order. */
  activities: ImportedActivity[];
  skipped: SkippedInput[];
  /** Records dropped because another file (or row) holds the same session. */
  duplicates: number;
}

type Reader = (file: string, data: Uint8Array | string, dateOf: DateOf) => FileReading;

const readers: Record<string, Reader> = {
  csv: (file, data, dateOf) => readStravaCsv(file, decodeText(data), dateOf),
  // FIT is binary: text would have lost bytes on the way.
  fit: (file, data, dateOf) =>
    typeof data === "string"
      ? skipFile(file, "a FIT file must be given as bytes, not text")
      : readFit(file, data, dateOf),
  gpx: (file, data, dateOf) => readXmlActivities(gpxFormat, file, decodeText(data), dateOf),
  tcx: (file, data, dateOf) => readXmlActivities(tcxFormat, file, decodeText(data), dateOf),
};

const importableExtensions = Object.keys(readers).map((ext) => `.${ext}`);

/**
 * Read Strava activities.csv, FIT, GPX and TCX files into activities. Never throws:
 * what cannot be read is listed in `skipped` with the file, the CSV row and the reason.
 */
export function importActivities(
  files: readonly TrainingFile[],
  options: ImportOptions = {},
): ImportResult {
  const dateOf = options.dateOf ?? utcDateOf;
  const activities: ImportedActivity[] = [];
  const skipped: SkippedInput[] = [];
  for (const { name, data } of files) {
    const reading = readFile(name, data, dateOf);
    activities.push(...reading.activities);
    skipped.push(...reading.skipped);
  }
  return { ...removeDuplicates(activities), skipped };
}

function readFile(name: string, data: Uint8Array | string, dateOf: DateOf): FileReading {
  const reader = readers[name.slice(name.lastIndexOf(".") + 1).toLowerCase()];
  if (reader === undefined || !name.includes("."))
    return skipFile(name, `not a ${importableExtensions.join("/")} file`);
  try {
    return reader(name, data, dateOf);
  } catch (error) {
    // The libraries may throw on input no one foresaw; one bad file must not stop the rest.
    return skipFile(name, `cannot read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** UTF-8 text; a byte-order mark is dropped. */
function decodeText(data: Uint8Array | string): string {
  const text = typeof data === "string" ? data : new TextDecoder().decode(data);
  return text.replace(/^\uFEFF/, "");
}
