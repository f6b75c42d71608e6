import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import zlib, { brotliCompressSync, gzipSync } from "node:zlib";

/**
 * Build the web app when dist/ is missing or older than anything it is made from (its own
 * sources, the engine it bundles, the examples). `npm start` and the browser tests run it.
 */

const webDir = fileURLToPath(new URL("..", import.meta.url));
const root = join(webDir, "../..");
export const distDir = join(webDir, "dist");
// Work folders where git and Biome do not look.
const workDir = join(webDir, "node_modules/.cache/cairn-web");
const lockDir = join(workDir, "build-lock");
const sources = [
  join(webDir, "src"),
  join(webDir, "public"),
  join(webDir, "index.html"),
  join(webDir, "vite.config.ts"),
  join(webDir, "package.json"),
  join(root, "packages/engine/src"),
  join(root, "examples"),
];

/** The newest modification time under `path` (test files aside: they are not bundled). */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return /\.test(-util)?\.ts$/.test(path) ? 0 : stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), 0);
}

export function webBuildIsFresh(): boolean {
  const index = join(distDir, "index.html");
  if (!existsSync(index)) return false;
  const built = statSync(index).mtimeMs;
  return sources.every((source) => newest(source) <= built);
}

/** Build unless fresh. A second caller (another test run, npm start) waits for the first. */
export async function ensureWebBuilt(log: (line: string) => void = () => {}): Promise<void> {
  while (!webBuildIsFresh()) {
    if (!takeLock()) {
      await sleep(250);
      continue;
    }
    try {
      if (webBuildIsFresh()) return;
      log("Building the web app (apps/web/dist)…");
      // Built beside dist/ and swapped in, so a running server never serves half a build.
      const next = join(workDir, `dist-next-${process.pid}`);
      await viteBuild(next);
      compressBeside(next);
      const old = join(workDir, `dist-old-${process.pid}`);
      if (existsSync(distDir)) renameSync(distDir, old);
      renameSync(next, distDir);
      rmSync(old, { recursive: true, force: true });
      log("Web app built.");
    } finally {
      rmSync(lockDir, { recursive: true, force: true });
    }
  }
}

/**
 * A production build, whoever calls: under vitest NODE_ENV is "test", and Vite would then
 * bundle React's development build.
 */
async function viteBuild(outDir: string): Promise<void> {
  const { build } = await import("vite");
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({
      root: webDir,
      mode: "production",
      logLevel: "warn",
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

/** A .br and a .gz beside each text file: the server sends them to browsers that take them. */
function compressBeside(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.(js|css|html|svg|json)$/.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    const data = readFileSync(path);
    writeFileSync(
      `${path}.br`,
      brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }),
    );
    writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
  }
}

/** mkdir is atomic: whoever makes the folder builds. A lock left by a killed build expires. */
function takeLock(): boolean {
  try {
    mkdirSync(workDir, { recursive: true });
    mkdirSync(lockDir);
    return true;
  } catch {
    if (existsSync(lockDir) && Date.now() - statSync(lockDir).mtimeMs > 5 * 60_000)
      rmSync(lockDir, { recursive: true, force: true });
    return false;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await ensureWebBuilt((line) => console.log(line));
}
