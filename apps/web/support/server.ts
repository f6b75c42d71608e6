import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ChildServer, spawnServer } from "../../server/src/spawn-server.ts";
import { distDir } from "../scripts/ensure-built.ts";

export interface WebServer extends ChildServer {
  /** Stop it and delete its database. */
  close(): Promise<void>;
}

/** The real server, compiled as `npm start` runs it, in its own process over a fresh SQLite file, serving dist/. */
export async function startWebServer(webDir = distDir): Promise<WebServer> {
  const dir = mkdtempSync(join(tmpdir(), "cairn-web-"));
  const server = await spawnServer(
    {
      CAIRN_DB: join(dir, "cairn.db"),
      CAIRN_WEB_DIR: webDir,
      CAIRN_RATE_LIMIT: "0",
      LOG_LEVEL: "warn",
    },
    { compiled: true },
  );
  return {
    ...server,
    close: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
