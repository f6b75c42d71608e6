import { execFileSync } from "node:child_process";
import { join } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { type ChildServer, spawnServer } from "./spawn-server.ts";
import { exampleScenario, request, tempDir } from "./test-support.ts";

/** The server processes a cluster's primary has forked (not other children, such as esbuild's). */
function workersOf(server: ChildServer): number[] {
  try {
    const out = execFileSync("ps", ["-o", "pid=,args=", "--ppid", String(server.child.pid)]);
    const lines = out.toString().trim().split("\n");
    return lines
      .filter((line) => line.includes("main.ts"))
      .map((line) => Number.parseInt(line, 10));
  } catch {
    return []; // ps exits 1 when it finds none
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(condition: () => boolean, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  return condition();
}

describe("CAIRN_WORKERS=2: two server processes on one port and one SQLite file", {
  timeout: 60_000,
}, () => {
  it("serves concurrent writes from both without losing one, and stops them all", async () => {
    const file = join(tempDir(), "cairn.db");
    const env = { CAIRN_DB: file, CAIRN_WORKERS: "2", CAIRN_RATE_LIMIT: "0", LOG_LEVEL: "warn" };
    const server = await spawnServer(env);
    const workers = workersOf(server);
    expect(workers).toHaveLength(2);
    try {
      const scenario = exampleScenario("5k-beginner-no-history");
      const body = { scenario, today: "2026-11-25" };
      const first = await request(server.url, "POST", "/api/plans", body);
      expect(first.status).toBe(201);
      const id: string = first.body.id;
      // Creations and regenerations of one plan at once, all based on its revision 0: each
      // process takes the write lock in turn, none fails for the other holding it, and one
      // regeneration lands while the others are told they are stale (409), not laid over it.
      const creations = Array.from({ length: 12 }, () =>
        request(server.url, "POST", "/api/plans", body),
      );
      const regenerations = Array.from({ length: 12 }, (_, seed) =>
        request(server.url, "POST", `/api/plans/${id}/regenerate`, {
          scope: { kind: "week", index: 3 },
          seed: seed + 1,
          revision: 0,
        }),
      );
      const created = await Promise.all(creations);
      const regenerated = await Promise.all(regenerations);
      expect(created.map((a) => a.status)).toEqual(created.map(() => 201));
      const landed = regenerated.filter((a) => a.status === 200 && a.body.changed);
      const stale = regenerated.filter((a) => a.status === 409);
      expect(landed.length + stale.length).toBe(12);
      expect(landed).toHaveLength(1);
      const plan = await request(server.url, "GET", `/api/plans/${id}`);
      const history = await request(server.url, "GET", `/api/plans/${id}/revisions`);
      expect(plan.body.revision).toBe(1);
      expect(history.body.revisions).toHaveLength(2);
      const list = await request(server.url, "GET", "/api/plans");
      expect(list.body.plans).toHaveLength(13);
    } finally {
      await server.stop();
    }
    expect(await until(() => workers.every((pid) => !alive(pid)))).toBe(true);
  });

  it("takes its workers down with it when the primary is killed, and restarts intact", async () => {
    const file = join(tempDir(), "cairn.db");
    const env = { CAIRN_DB: file, CAIRN_WORKERS: "2", CAIRN_RATE_LIMIT: "0", LOG_LEVEL: "warn" };
    const server = await spawnServer(env);
    const workers = workersOf(server);
    const created = await request(server.url, "POST", "/api/plans", {
      scenario: exampleScenario("5k-beginner-no-history"),
      today: "2026-11-25",
    });
    server.child.kill("SIGKILL");
    // Orphaned workers would keep the port and the database open.
    expect(await until(() => workers.every((pid) => !alive(pid)))).toBe(true);
    const sqlite = new SqliteDatabase(file);
    expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
    sqlite.close();
    const restarted = await spawnServer(env);
    try {
      const plan = await request(restarted.url, "GET", `/api/plans/${created.body.id}`);
      expect(plan.status).toBe(200);
    } finally {
      await restarted.stop();
    }
  });
});
