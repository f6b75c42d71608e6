import { randomBytes } from "node:crypto";
import { join } from "node:path";
import pg from "pg";
import { tempDir } from "../test-support.ts";
import { type Db, openDatabase } from "./database.ts";

/** A database for one test: a new SQLite file, or a new database on the PostgreSQL server. */
export interface StorageTarget {
  name: string;
  open(): Promise<{ db: Db; close(): Promise<void> }>;
}

/** SQLite always; PostgreSQL too when `DATABASE_URL` names one (as `.ci/run` does). */
export function storageTargets(): StorageTarget[] {
  const targets: StorageTarget[] = [{ name: "SQLite", open: openSqlite }];
  const url = process.env.DATABASE_URL;
  if (url) targets.push({ name: "PostgreSQL", open: () => openPostgres(url) });
  return targets;
}

async function openSqlite() {
  const db = openDatabase({ sqliteFile: join(tempDir(), "cairn.db") });
  return { db, close: () => db.destroy() };
}

/**
 * An empty database of its own (the role may create databases), so each test starts from
 * nothing, sees no other test's tables, and leaves nothing behind.
 */
async function openPostgres(url: string) {
  const name = `cairn_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const own = new URL(url);
  own.pathname = `/${name}`;
  const db = openDatabase({ sqliteFile: "", databaseUrl: own.toString() });
  return {
    db,
    close: async () => {
      await db.destroy();
      await admin.query(`drop database ${name}`);
      await admin.end();
    },
  };
}
