import {
  historyWeeksOf,
  type ImportResult,
  importActivities,
  isRunningSport,
  type Result,
  type SkippedInput,
} from "@cairn/engine";
import { InvalidArgumentError } from "commander";
import { localToday } from "./flags.ts";
import { readScenarioFile, writeHistory } from "./scenario-history.ts";
import { readTrainingFiles } from "./training-files.ts";

export interface ImportFlags {
  weeks: number;
  into?: string;
}

/** The most weeks a scenario's history holds. */
const maxHistoryWeeks = 520;

/** `--weeks N`: how many weeks of history to keep. */
export function parseWeekCount(value: string): number {
  const weeks = Number(value);
  if (!/^\d+$/.test(value) || weeks < 1 || weeks > maxHistoryWeeks)
    throw new InvalidArgumentError(`Expected a whole number from 1 to ${maxHistoryWeeks}.`);
  return weeks;
}

export interface ImportReport {
  /** `{"weeks": […]}` for stdout. */
  json: string;
  /** One line for stderr: what was read, skipped and written. */
  summary: string;
}

/**
 * `cairn import`: training files → the last weeks of running as `athlete.history.weeks`,
 * optionally written into a scenario. The scenario is checked before the training files are
 * read, and written only when everything else has worked.
 */
export function importCommand(
  paths: readonly string[],
  flags: ImportFlags,
): Result<ImportReport, string> {
  const scenario = flags.into === undefined ? undefined : readScenarioFile(flags.into);
  if (scenario && !scenario.ok) return scenario;
  const read = readTrainingFiles(paths);
  if (!read.ok) return read;
  // Files give UTC times; the runner's day is this machine's (a 22:00 run stays on its day).
  const result = importActivities(read.value.files, {
    dateOf: (startTime) => localToday(new Date(startTime)),
  });
  const skipped = [...read.value.skipped, ...result.skipped];
  if (result.activities.length === 0) {
    const why = skipped.length === 0 ? "" : `: skipped ${describeSkipped(skipped)}`;
    return { ok: false, error: `no activities in ${plural(paths.length, "file")}${why}` };
  }
  const weeks = historyWeeksOf(result.activities, flags.weeks);
  let written = "";
  if (scenario) {
    const write = writeHistory(scenario.value, weeks);
    if (!write.ok) return write;
    written = `; wrote ${plural(weeks.length, "week")} to athlete.history in ${scenario.value.path}`;
  }
  return {
    ok: true,
    value: {
      json: `${JSON.stringify({ weeks }, null, 2)}\n`,
      summary: summarize(paths.length, { ...result, skipped }) + written,
    },
  };
}

function summarize(fileCount: number, result: ImportResult): string {
  const runs = result.activities.filter((a) => isRunningSport(a.sport)).length;
  const cross = result.activities.length - runs;
  const skipped = result.skipped.length === 0 ? "" : `, skipped ${describeSkipped(result.skipped)}`;
  return (
    `read ${plural(result.activities.length, "activity")} from ${plural(fileCount, "file")} ` +
    `(${plural(runs, "run")}, ${cross} cross-training)${skipped}, ` +
    plural(result.duplicates, "duplicate")
  );
}

/** "2 (activities.csv row 17: no duration; notes.txt: not a …)", the first few in full. */
function describeSkipped(skipped: readonly SkippedInput[]): string {
  const shown = 5;
  const listed = skipped
    .slice(0, shown)
    .map((s) => `${s.file}${s.row === undefined ? "" : ` row ${s.row}`}: ${s.reason}`);
  if (skipped.length > shown) listed.push(`and ${skipped.length - shown} more`);
  return `${skipped.length} (${listed.join("; ")})`;
}

function plural(count: number, word: string): string {
  if (count === 1) return `1 ${word}`;
  return `${count} ${word.endsWith("y") ? `${word.slice(0, -1)}ies` : `${word}s`}`;
}
