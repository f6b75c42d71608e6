import type { FastifyInstance } from "fastify";
import { buildApp } from "./app.ts";
import type { ServerConfig } from "./config.ts";
import { openDatabase } from "./db/database.ts";
import { migrateToLatest } from "./db/migrations.ts";

export interface RunningServer {
  app: FastifyInstance;
  /** `http://host:port`, with the port the system gave when 0 was asked for. */
  url: string;
  /** Stop taking requests, finish the ones in flight, close the database. */
  close(): Promise<void>;
}

/** Open (and unless told not to, migrate) the database, then serve the app on the configured address. */
export async function startServer(
  config: ServerConfig,
  { migrate = true } = {},
): Promise<RunningServer> {
  const db = openDatabase(config);
  try {
    if (migrate) await migrateToLatest(db);
    const app = await buildApp({ ...config, db });
    app.addHook("onClose", async () => db.destroy());
    const url = await app.listen({ host: config.host, port: config.port });
    return { app, url, close: () => app.close() };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
