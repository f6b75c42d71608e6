import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const webDir = fileURLToPath(new URL("..", import.meta.url));

/**
 * The app built against React's profiling build, into a temporary folder: its <Profiler>
 * parts then report how long they took to render (see src/ui/measure-render.ts).
 */
export async function profilingBuild(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), "cairn-web-profiling-"));
  const { build } = await import("vite");
  process.env.NODE_ENV = "production";
  await build({
    root: webDir,
    mode: "production",
    logLevel: "warn",
    resolve: { alias: [{ find: /^react-dom\/client$/, replacement: "react-dom/profiling" }] },
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}
