import { readFileSync } from "node:fs";
import type { Result } from "@cairn/engine";
import { type ParseError, printParseErrorCode, parse as scanJson } from "jsonc-parser";

/** Read and parse a JSON file; a failure is one line naming the file and what is wrong. */
export function readJsonFile(path: string): Result<unknown, string> {
  let text: string;
  try {
    // Editors on Windows may save a byte-order mark, which JSON.parse refuses.
    text = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    return { ok: false, error: `${path}: cannot read the file: ${describeFileError(error)}` };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const where = locateSyntaxError(text) ?? (error instanceof Error ? error.message : "");
    return { ok: false, error: `${path}: invalid JSON ${where}` };
  }
}

const fileErrors: Record<string, string> = {
  ENOENT: "no such file",
  EISDIR: "it is a directory",
  EACCES: "permission denied",
};

function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return (code && fileErrors[code]) ?? (error instanceof Error ? error.message : String(error));
}

/**
 * JSON.parse's messages often omit the position, so a JSON scanner finds the first
 * error: "at line 3, column 12: value expected".
 */
function locateSyntaxError(text: string): string | undefined {
  const errors: ParseError[] = [];
  scanJson(text, errors, { disallowComments: true, allowTrailingComma: false });
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
