import cluster, { type Worker } from "node:cluster";
import type { ServerConfig } from "./config.ts";
import { openDatabase } from "./db/database.ts";
import { migrateToLatest } from "./db/migrations.ts";

/** A worker that dies this soon after starting is not started again: it would only loop. */
const quickDeathMs = 2000;

/**
 * The primary of a cluster: migrate the database once, then fork `config.workers` servers
 * that share the port (Node hands connections out in turn) and the database. A worker that
 * dies is replaced; SIGINT/SIGTERM stop every worker (each finishes its requests) and then
 * this process. Resolves once every worker listens.
 */
export async function runPrimary(config: ServerConfig): Promise<void> {
  const db = openDatabase(config);
  try {
    await migrateToLatest(db);
  } finally {
    await db.destroy();
  }
  let stopping = false;
  const fork = (): Promise<Worker> => {
    const worker = cluster.fork();
    const started = Date.now();
    worker.once("exit", (code, signal) => {
      if (stopping) return;
      const quick = Date.now() - started < quickDeathMs;
      console.error(`worker ${worker.process.pid} exited (${signal ?? code})`);
      if (quick) process.exit(1);
      // The replacement's own exit handler decides what follows if it dies in turn.
      fork().catch(() => {});
    });
    return new Promise((resolve, reject) => {
      worker.once("listening", () => resolve(worker));
      worker.once("exit", () => reject(new Error("a worker exited before it listened")));
    });
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill("SIGTERM");
      cluster.once("exit", function waitForAll() {
        if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
        else cluster.once("exit", waitForAll);
      });
    });
  }
  await Promise.all(Array.from({ length: config.workers }, fork));
}
