import type { HistoryWeek, Result } from "@cairn/engine";
import { applyEdits, type FormattingOptions, modify } from "jsonc-parser";
import { writeFileAtomically } from "./atomic-write.ts";
import { parseJsonWithComments, readTextFile } from "./read-json.ts";

/** A scenario file read and checked before anything is imported into it. */
export interface ScenarioFile {
  path: string;
  text: string;
}

/** Read a scenario (comments allowed) and check that its history can be set. */
export function readScenarioFile(path: string): Result<ScenarioFile, string> {
  const text = readTextFile(path);
  if (!text.ok) return text;
  const value = parseJsonWithComments(path, text.value);
  if (!value.ok) return value;
  if (!isObject(value.value))
    return { ok: false, error: `${path}: not a scenario: expected a JSON object` };
  const athlete = value.value.athlete;
  if (athlete !== undefined && !isObject(athlete))
    return { ok: false, error: `${path}: athlete: expected an object` };
  return { ok: true, value: { path, text: text.value } };
}

/**
 * Replace the scenario's `athlete.history` with these weeks. The file is edited in place,
 * so its comments, order and indentation stay, and written to a temporary file beside it
 * then renamed over it: a failure halfway leaves the scenario as it was.
 */
export function writeHistory(
  scenario: ScenarioFile,
  weeks: readonly HistoryWeek[],
): Result<void, string> {
  const formattingOptions = formattingOf(scenario.text);
  const edits = modify(scenario.text, ["athlete", "history"], { weeks }, { formattingOptions });
  const text = applyEdits(scenario.text, edits);
  return writeFileAtomically(scenario.path, text);
}

/** The file's own indentation and line ends, for the lines the edit adds. */
function formattingOf(text: string): FormattingOptions {
  const indent = /^([ \t]+)\S/m.exec(text)?.[1] ?? "  ";
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  return indent.startsWith("\t")
    ? { insertSpaces: false, tabSize: 1, eol }
    : { insertSpaces: true, tabSize: indent.length, eol };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
