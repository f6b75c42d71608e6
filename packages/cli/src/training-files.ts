import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import type { Result, SkippedInput, TrainingFile } from "@cairn/engine";
import { describeFileError } from "./read-json.ts";

export interface TrainingFiles {
  files: TrainingFile[];
  /** Files that could be read but not unpacked. */
  skipped: SkippedInput[];
}

/**
 * Read the files named on the command line. Strava's export keeps its activity files
 * gzipped (activities/123.fit.gz): they are unpacked here and read by their inner name.
 * A file that cannot be read at all ends the command: the user named it.
 */
export function readTrainingFiles(paths: readonly string[]): Result<TrainingFiles, string> {
  const files: TrainingFile[] = [];
  const skipped: SkippedInput[] = [];
  for (const path of paths) {
    let data: Uint8Array;
    try {
      data = readFileSync(path);
    } catch (error) {
      return { ok: false, error: `${path}: cannot read the file: ${describeFileError(error)}` };
    }
    if (!/\.gz$/i.test(path)) {
      files.push({ name: path, data });
      continue;
    }
    try {
      files.push({ name: path.slice(0, -3), data: gunzipSync(data) });
    } catch {
      skipped.push({ file: path, reason: "not a readable gzip file" });
    }
  }
  return { ok: true, value: { files, skipped } };
}
