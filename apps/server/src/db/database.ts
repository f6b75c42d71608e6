import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import SqliteDatabase from "better-sqlite3";
import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  Kysely,
  PostgresDialect,
  SqliteAdapter,
  SqliteDriver,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from "kysely";
import pg from "pg";
import { withStatementCache } from "./statement-cache.ts";

type SqliteDatabaseLike = ReturnType<typeof withStatementCache>;

import type { Tables } from "./tables.ts";

export type Db = Kysely<Tables>;

export interface DatabaseTarget {
  sqliteFile: string;
  databaseUrl?: string;
}

/** How long a transaction waits for another process (a cluster's other server) to write. */
const lockWaitMs = 5000;

/** Open PostgreSQL when a URL is given, else the SQLite file (its folder made on first start). */
export function openDatabase(target: DatabaseTarget): Db {
  if (target.databaseUrl) {
    const pool = new pg.Pool({ connectionString: target.databaseUrl, max: 10 });
    return new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  }
  mkdirSync(dirname(target.sqliteFile), { recursive: true });
  // At start, before any request, the thread may wait for another process: a cluster's
  // servers open the file together, one of them recovering the WAL a killed process left.
  const sqlite = new SqliteDatabase(target.sqliteFile, { timeout: lockWaitMs });
  // WAL: readers never wait on the writer, and a killed process loses no committed write.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  // Then no busy timeout: SQLite would wait for another process's lock by sleeping the
  // thread, and with it every request this process serves; transactions wait their turn below.
  sqlite.pragma("busy_timeout = 0");
  return new Kysely<Tables>({ dialect: sqliteDialect(withStatementCache(sqlite)) });
}

/**
 * Kysely's SQLite dialect, with transactions begun `immediate`. Every transaction here
 * writes, and a deferred one that reads first fails outright (SQLITE_BUSY) when another
 * process wrote in between; taking the write lock at the start lets it wait instead.
 */
function sqliteDialect(database: SqliteDatabaseLike): Dialect {
  return {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new ImmediateSqliteDriver({ database }),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  };
}

class ImmediateSqliteDriver extends SqliteDriver {
  /** Another process holding the write lock is waited for without blocking this one's requests. */
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    const deadline = Date.now() + lockWaitMs;
    for (let pause = 1; ; pause = Math.min(2 * pause, 4)) {
      try {
        await connection.executeQuery(CompiledQuery.raw("begin immediate"));
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== "SQLITE_BUSY" || Date.now() > deadline)
          throw error;
      }
      await sleep(pause * (0.5 + Math.random()));
    }
  }
}
