import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { compile } from "./compile.ts";

/**
 * `tsx scripts/run-compiled.ts <entry.ts> [args…]`: run a script compiled as the server runs
 * (benchmarks measure the engine as it is deployed, not as tsx loads it in development). The
 * compiled file sits beside its entry, so paths the script builds from its own place still
 * hold, and is removed when the script ends.
 */
const [entry, ...args] = process.argv.slice(2);
if (entry === undefined) {
  console.error("usage: tsx scripts/run-compiled.ts <entry.ts> [args…]");
  process.exit(2);
}
const source = resolve(entry);
const compiled = join(dirname(source), `.${basename(source, ".ts")}.compiled.js`);
await compile(source, compiled);
try {
  const run = spawnSync(process.execPath, ["--enable-source-maps", compiled, ...args], {
    stdio: "inherit",
  });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(compiled, { force: true });
  rmSync(`${compiled}.map`, { force: true });
}
