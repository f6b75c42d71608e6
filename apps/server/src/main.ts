import { configFromEnv } from "./config.ts";
import { startServer } from "./server.ts";

/** `npm start`: the API and the web app on one port (127.0.0.1:8080 unless PORT/HOST say). */
const server = await startServer(configFromEnv(process.env));

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.app.log.info(`${signal}: closing`);
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
