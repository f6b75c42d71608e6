import cluster from "node:cluster";
import { runPrimary } from "./cluster.ts";
import { configFromEnv } from "./config.ts";
import { startServer } from "./server.ts";

/**
 * `npm start`: the API and the web app on one port (127.0.0.1:8080 unless PORT/HOST say), in
 * one process, or in CAIRN_WORKERS processes sharing the port and the database. A setting it
 * cannot read, or a start that fails (the port taken, the database unreadable), ends it with
 * one line saying why.
 */
const config = await orStop(() => configFromEnv(process.env), 2);

if (config.workers > 1 && cluster.isPrimary) {
  await orStop(() => runPrimary(config), 1);
} else {
  // A cluster's primary has migrated the database already. Each worker counts its own
  // clients' generations, and connections are handed out in turn: the limit is shared out.
  const { generationsPerMinute, workers } = config;
  const perWorker = { ...config, generationsPerMinute: Math.ceil(generationsPerMinute / workers) };
  const server = await orStop(() => startServer(perWorker, { migrate: cluster.isPrimary }), 1);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      server.app.log.info(`${signal}: closing`);
      server.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}

async function orStop<T>(step: () => T | Promise<T>, exitCode: number): Promise<T> {
  try {
    return await step();
  } catch (error) {
    console.error(`cairn: ${(error as Error).message}`);
    process.exit(exitCode);
  }
}
