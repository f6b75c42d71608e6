#!/usr/bin/env node
// No build step: tsx compiles the TypeScript sources as they load.
import { register } from "tsx/esm/api";

register();

try {
  await import("../src/main.ts");
} catch (error) {
  // Only a broken install or a module that fails to load lands here: main.ts catches the rest.
  const reason = error instanceof Error ? error.message : String(error);
  process.stderr.write(`cairn: internal error: ${reason.split("\n")[0]}\n`);
  process.exitCode = 70;
}
