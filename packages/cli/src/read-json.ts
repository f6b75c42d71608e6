import { readFileSync } from "node:fs";
import type { Result } from "@cairn/engine";
import { type ParseError, printParseErrorCode, parse as scanJson } from "jsonc-parser";

/** Read and parse a JSON file; a failure is one line naming the file and what is wrong. */
export function readJsonFile(path: string): Result<unknown, string> {
  const text = readTextFile(path);
  if (!text.ok) return text;
  try {
    return { ok: true, value: JSON.parse(text.value) };
  } catch (error) {
    const where =
      locateSyntaxError(text.value, { comments: false }) ??
      (error instanceof Error ? error.message : "");
    return { ok: false, error: `${path}: invalid JSON ${where}` };
  }
}

/** Read a UTF-8 text file; a failure is one line naming the file and what is wrong. */
export function readTextFile(path: string): Result<string, string> {
  try {
    // Editors on Windows may save a byte-order mark, which JSON.parse refuses.
    return { ok: true, value: readFileSync(path, "utf8").replace(/^\uFEFF/, "") };
  } catch (error) {
    return { ok: false, error: `${path}: cannot read the file: ${describeFileError(error)}` };
  }
}

/** Parse JSON that may hold comments, as in a scenario edited by hand. */
export function parseJsonWithComments(path: string, text: string): Result<unknown, string> {
  const where = locateSyntaxError(text, { comments: true });
  if (where !== undefined) return { ok: false, error: `${path}: invalid JSON ${where}` };
  return { ok: true, value: scanJson(text, [], { disallowComments: false }) };
}

const fileErrors: Record<string, string> = {
  ENOENT: "no such file",
  EISDIR: "it is a directory",
  EACCES: "permission denied",
};

/** "no such file", "permission denied" …: the reason of a failed file operation. */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return (code && fileErrors[code]) ?? (error instanceof Error ? error.message : String(error));
}

/**
 * JSON.parse's messages often omit the position, so a JSON scanner finds the first
 * error: "at line 3, column 12: value expected".
 */
function locateSyntaxError(text: string, { comments }: { comments: boolean }): string | undefined {
  const errors: ParseError[] = [];
  scanJson(text, errors, { disallowComments: !comments, allowTrailingComma: false });
  const first = errors[0];
  if (first === undefined) return undefined;
  const before = text.slice(0, first.offset).split("\n");
  const line = before.length;
  const column = (before.at(-1)?.length ?? 0) + 1;
  const reason = printParseErrorCode(first.error)
    .replace(/(?<!^)([A-Z])/g, " $1")
    .toLowerCase();
  return `at line ${line}, column ${column}: ${reason}`;
}
