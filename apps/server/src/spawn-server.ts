import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { compiledMain } from "../scripts/build.ts";

/** A server in a child process, for crash tests, browser tests and benchmarks. */
export interface ChildServer {
  child: ChildProcess;
  url: string;
  /** Everything it has logged so far. */
  output(): string;
  /** SIGTERM, and wait for it to exit. */
  stop(): Promise<void>;
}

const mainFile = join(import.meta.dirname, "main.ts");
// `--import tsx` is resolved from the working folder: the repository root has it.
const repositoryRoot = join(import.meta.dirname, "../../..");

/**
 * Start the server on a free loopback port with `env` added to this process's environment,
 * and resolve once /api/health answers. Its database is the one `env` names: this process's
 * `DATABASE_URL` (set when the tests run on PostgreSQL too) is not passed on, or every
 * server started would share one database instead of its own SQLite file. Node runs the sources
 * with tsx as a loader (not the tsx command, which would sit between as a parent, so a signal
 * sent reaches the server), or with `compiled` the build `npm start` runs (`buildServer` first).
 */
export async function spawnServer(
  env: Record<string, string>,
  { compiled = false } = {},
): Promise<ChildServer> {
  const port = await freePort();
  const { DATABASE_URL: _shared, ...inherited } = process.env;
  const args = compiled ? ["--enable-source-maps", compiledMain] : ["--import", "tsx", mainFile];
  const child = spawn(process.execPath, args, {
    cwd: repositoryRoot,
    env: { ...inherited, HOST: "127.0.0.1", PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  const collect = (chunk: Buffer) => {
    log += chunk.toString();
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; tries < 300; tries++) {
    if (child.exitCode !== null) break;
    if (await healthy(url)) return { child, url, output: () => log, stop: () => stop(child) };
    await sleep(50);
  }
  child.kill("SIGKILL");
  throw new Error(`the server did not start:\n${log}`);
}

async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/api/health`)).ok;
  } catch {
    return false;
  }
}

/** A port the system has just handed out, so free now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(),
      );
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
