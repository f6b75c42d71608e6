import { existsSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { Result } from "@cairn/engine";
import { describeFileError } from "./read-json.ts";

/**
 * Write a file (text or bytes) through a temporary file beside it, then rename it over the target: a
 * failure halfway leaves the old file (or none) as it was, never half a file.
 */
export function writeFileAtomically(path: string, data: string | Uint8Array): Result<void, string> {
  let temporary: string | undefined;
  try {
    // Through a link, replace the file it points to, not the link.
    const target = existsSync(path) ? realpathSync(path) : resolve(path);
    const mode = existsSync(target) ? statSync(target).mode : 0o644;
    temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
    writeFileSync(temporary, data, { mode });
    renameSync(temporary, target);
    return { ok: true, value: undefined };
  } catch (error) {
    if (temporary !== undefined) rmSync(temporary, { force: true });
    return { ok: false, error: `${path}: cannot write the file: ${describeFileError(error)}` };
  }
}
