import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generatePlan, type Plan } from "@cairn/engine";
import { expect } from "vitest";

/** Helpers for tests that run the real `cairn` bin as a child process. */

const bin = fileURLToPath(new URL("../bin/cairn.js", import.meta.url));

export const examplePath = (name: string): string =>
  fileURLToPath(new URL(`../../../examples/${name}.json`, import.meta.url));

/** Suite options for tests that spawn cairn: concurrent, as each mostly waits on its process,
 * with time to spare on a loaded CI machine (each process starts tsx). */
export const processSuite = { concurrent: true, timeout: 30_000 };

export interface CairnRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCairn(args: readonly string[]): Promise<CairnRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({
          code: error ? (typeof error.code === "number" ? error.code : null) : 0,
          stdout,
          stderr,
        });
      },
    );
  });
}

/** Input and usage errors: exit 2, nothing on stdout, one line on stderr and no stack trace. */
export function expectOneLineError(run: CairnRun, reason: RegExp): void {
  expect(run.stderr).toMatch(/^cairn: [^\n]+\n$/);
  expect(run.stderr).not.toMatch(/^\s*at /m);
  expect(run.stderr).toMatch(reason);
  expect(run.stdout).toBe("");
  expect(run.code).toBe(2);
}

/** The plan `cairn plan` makes of an example on 25 Nov 2026: what steering tests start from. */
export function examplePlan(name: string): Plan {
  const scenario: unknown = JSON.parse(readFileSync(examplePath(name), "utf8"));
  const generated = generatePlan(scenario, { today: "2026-11-25" });
  if (!generated.ok) throw new Error(`${name} no longer plans`);
  return generated.value;
}

/** A fresh folder under `root` holding the plan as `plan.json`: concurrent tests each get one. */
export function folderWithPlan(root: string, plan: Plan): { dir: string; path: string } {
  const dir = mkdtempSync(join(root, "case-"));
  const path = join(dir, "plan.json");
  writeFileSync(path, JSON.stringify(plan, null, 2));
  return { dir, path };
}

/** Each file of a folder and the hash of its bytes: what "left untouched" compares. */
export const fingerprint = (dir: string): string[][] =>
  readdirSync(dir)
    .sort()
    .map((name) => [
      name,
      createHash("sha256")
        .update(readFileSync(join(dir, name)))
        .digest("hex"),
    ]);
