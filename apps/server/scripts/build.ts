import { join } from "node:path";
import { compile } from "../../../scripts/compile.ts";

/** `npm start` runs the server compiled into dist/ (where it finds the web app as src/ does). */
export const compiledMain = join(import.meta.dirname, "../dist/main.js");

export async function buildServer(): Promise<void> {
  await compile(join(import.meta.dirname, "../src/main.ts"), compiledMain);
}

if (process.argv[1] === import.meta.filename) await buildServer();
