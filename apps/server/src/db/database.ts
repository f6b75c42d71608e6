import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import { withStatementCache } from "./statement-cache.ts";
import type { Tables } from "./tables.ts";

export type Db = Kysely<Tables>;

export interface DatabaseTarget {
  sqliteFile: string;
  databaseUrl?: string;
}

/** Open PostgreSQL when a URL is given, else the SQLite file (its folder made on first start). */
export function openDatabase(target: DatabaseTarget): Db {
  if (target.databaseUrl) {
    const pool = new pg.Pool({ connectionString: target.databaseUrl, max: 10 });
    return new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  }
  mkdirSync(dirname(target.sqliteFile), { recursive: true });
  const sqlite = new SqliteDatabase(target.sqliteFile);
  // WAL: readers never wait on the writer, and a killed process loses no committed write.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  // Another process writing (a second server on the same file) is waited for, not an error.
  sqlite.pragma("busy_timeout = 5000");
  return new Kysely<Tables>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
  });
}
