import { join } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { type ChildServer, spawnServer } from "./spawn-server.ts";
import { exampleScenario, request, tempDir } from "./test-support.ts";

/** What the client was told was stored: each plan's last revision answered 2xx. */
type Acknowledged = Map<string, number>;

describe("a server killed in the middle of a burst of writes", { timeout: 60_000 }, () => {
  it("restarts on an intact database that holds every write it acknowledged", async () => {
    const file = join(tempDir(), "cairn.db");
    const env = { CAIRN_DB: file, CAIRN_RATE_LIMIT: "0", LOG_LEVEL: "info" };
    const server = await spawnServer(env);
    const acknowledged: Acknowledged = new Map();
    const scenario = exampleScenario("5k-beginner-no-history");
    scenario.athlete = { ...(scenario.athlete as object), name: "Jane Privaterunner" };

    // Four clients, each creating a plan and then locking and unlocking its workouts as fast
    // as the server answers, until the server dies under them.
    const clients = [1, 2, 3, 4].map(() => writeUntilDead(server, scenario, acknowledged));
    const deadline = Date.now() + 20_000;
    while (countWrites(acknowledged) < 40 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 5));
    server.child.kill("SIGKILL");
    await Promise.all(clients);
    expect(acknowledged.size).toBe(4);
    expect(countWrites(acknowledged)).toBeGreaterThanOrEqual(40);

    const sqlite = new SqliteDatabase(file);
    expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
    sqlite.close();

    const restarted = await spawnServer(env);
    try {
      for (const [id, revision] of acknowledged) {
        const plan = await request(restarted.url, "GET", `/api/plans/${id}`);
        expect(plan.status).toBe(200);
        // A write in flight at the kill may have landed unanswered, so "at least".
        expect(plan.body.revision).toBeGreaterThanOrEqual(revision);
        const history = await request(restarted.url, "GET", `/api/plans/${id}/revisions`);
        expect(history.body.revisions.length).toBe(plan.body.revision + 1);
      }
      // Requests were logged, but nothing the runner sent.
      expect(server.output()).toContain('"route":"/api/plans"');
      expect(server.output()).not.toContain("Privaterunner");
    } finally {
      await restarted.stop();
    }
  });
});

async function writeUntilDead(server: ChildServer, scenario: unknown, acknowledged: Acknowledged) {
  try {
    const created = await request(server.url, "POST", "/api/plans", {
      scenario,
      today: "2026-11-25",
    });
    const id: string = created.body.id;
    acknowledged.set(id, 0);
    const workouts = created.body.plan.weeks[1].days.flatMap(
      (d: { workouts: { id: string; type: string }[] }) => d.workouts,
    );
    const easy = workouts.find((w: { type: string }) => w.type === "easy").id;
    for (let revision = 0; ; revision++) {
      const locked = revision % 2 === 0;
      const path = `/api/plans/${id}/workouts/${easy}/lock`;
      const answer = await request(server.url, "POST", path, { locked, revision });
      if (answer.status !== 200) throw new Error(`write refused: ${answer.status}`);
      acknowledged.set(id, answer.body.revision);
    }
  } catch (error) {
    // The connection dies with the server: that is the end of this client's burst.
    if (!(error instanceof TypeError)) throw error;
  }
}

const countWrites = (acknowledged: Acknowledged) =>
  [...acknowledged.values()].reduce((sum, n) => sum + n, 0);
