import cluster from "node:cluster";
import { runPrimary } from "./cluster.ts";
import { configFromEnv } from "./config.ts";
import { startServer } from "./server.ts";

/**
 * `npm start`: the API and the web app on one port (127.0.0.1:8080 unless PORT/HOST say), in
 * one process, or in CAIRN_WORKERS processes sharing the port and the database.
 */
const config = readConfig();

if (config.workers > 1 && cluster.isPrimary) {
  await runPrimary(config);
} else {
  // A cluster's primary has migrated the database already. Each worker counts its own
  // clients' generations, and connections are handed out in turn: the limit is shared out.
  const { generationsPerMinute, workers } = config;
  const perWorker = { ...config, generationsPerMinute: Math.ceil(generationsPerMinute / workers) };
  const server = await startServer(perWorker, { migrate: cluster.isPrimary });
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

function readConfig() {
  try {
    return configFromEnv(process.env);
  } catch (error) {
    console.error(`cairn: ${(error as Error).message}`);
    process.exit(2);
  }
}
