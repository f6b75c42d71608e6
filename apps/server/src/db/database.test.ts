import { spawn } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { tempDir } from "../test-support.ts";
import { openDatabase } from "./database.ts";

/** Another process holding the file's write lock for `ms`, as a cluster's other server may. */
async function lockedFor(file: string, ms: number) {
  const script = `
    const Database = require("better-sqlite3");
    const db = new Database(${JSON.stringify(file)});
    db.exec("create table if not exists t (x)");
    db.exec("begin exclusive");
    console.log("locked");
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${ms});
    db.exec("commit");
  `;
  const child = spawn(process.execPath, ["-e", script], { cwd: import.meta.dirname });
  const [chunk] = await once(child.stdout, "data");
  expect(String(chunk)).toContain("locked");
  return child;
}

describe("openDatabase (SQLite)", () => {
  it("waits at start for another process's lock rather than fail with 'database is locked'", async () => {
    const file = join(tempDir(), "cairn.db");
    const child = await lockedFor(file, 300);
    const childExited = once(child, "exit");
    const db = openDatabase({ sqliteFile: file });
    // Serving, the thread never sleeps on a lock: transactions wait their turn themselves.
    const { rows } = await sql<{ timeout: number }>`pragma busy_timeout`.execute(db);
    expect(rows).toEqual([{ timeout: 0 }]);
    await db.destroy();
    await childExited;
  });
});
