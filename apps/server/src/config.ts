import { availableParallelism } from "node:os";
import { resolve } from "node:path";

/** Where the server listens, what it stores in, and how hard it may be pushed. */
export interface ServerConfig {
  host: string;
  port: number;
  /** SQLite file, used when `databaseUrl` is not set. */
  sqliteFile: string;
  /** A `postgres://` URL: several server processes then share one PostgreSQL database. */
  databaseUrl?: string;
  /** The built web app; a small page stands in when the folder is missing. */
  webDir: string;
  /** Generation requests (create, regenerate, choice, replan) a client may make a minute. */
  generationsPerMinute: number;
  logLevel: string;
  /** Server processes sharing the port and the database; 1 runs without a cluster. */
  workers: number;
}

const webDist = resolve(import.meta.dirname, "../../web/dist");

/** The configuration from the environment, with safe defaults: loopback only, a local file. */
export function configFromEnv(env: NodeJS.ProcessEnv): ServerConfig {
  const config: ServerConfig = {
    host: env.HOST || "127.0.0.1",
    port: wholeNumber(env.PORT, 8080, "PORT"),
    sqliteFile: resolve(env.CAIRN_DB || "./data/cairn.db"),
    webDir: env.CAIRN_WEB_DIR ? resolve(env.CAIRN_WEB_DIR) : webDist,
    generationsPerMinute: wholeNumber(env.CAIRN_RATE_LIMIT, 120, "CAIRN_RATE_LIMIT"),
    logLevel: env.LOG_LEVEL || "info",
    workers: workerCount(env.CAIRN_WORKERS),
  };
  if (env.DATABASE_URL) config.databaseUrl = env.DATABASE_URL;
  return config;
}

function wholeNumber(text: string | undefined, fallback: number, name: string): number {
  if (text === undefined || text === "") return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number`);
  return value;
}

/** `auto` is one process per core the system gives this one; 0 is read as 1. */
function workerCount(text: string | undefined): number {
  if (text === "auto") return availableParallelism();
  return Math.max(1, wholeNumber(text, 1, "CAIRN_WORKERS"));
}
