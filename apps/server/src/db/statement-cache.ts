import type { Database, Statement } from "better-sqlite3";
import type { SqliteDatabase } from "kysely";

/** More distinct statements than the app has: past this, the cache starts again. */
const capacity = 256;

/**
 * The SQLite database as Kysely's dialect sees it, with each SQL text prepared once: Kysely
 * prepares every query anew, and preparing cost more than running a plan read. Safe because
 * Kysely's SQLite driver runs one query at a time and reads each result whole.
 */
export function withStatementCache(sqlite: Database): SqliteDatabase {
  const statements = new Map<string, Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql) {
      let statement = statements.get(sql);
      if (!statement) {
        if (statements.size >= capacity) statements.clear();
        statement = sqlite.prepare(sql);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}
