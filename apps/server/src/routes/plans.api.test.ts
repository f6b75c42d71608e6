import { afterEach, describe, expect, it } from "vitest";
import { createPlan, exampleScenario, startTestServer, type TestServer } from "../test-support.ts";

describe("plans over HTTP", { timeout: 30_000 }, () => {
  let t: TestServer;
  afterEach(() => t?.close());

  it("creates, reads, regenerates, answers a choice and reverts, each a stored revision", async () => {
    t = await startTestServer();
    const created = await createPlan(t, "two-a-races-too-close");
    expect(created.revision).toBe(0);
    expect(created.plan.changes?.[0]?.kind).toBe("generate");
    const { id } = created;

    const read = await t.call("GET", `/api/plans/${id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created);

    const regenerated = await t.call("POST", `/api/plans/${id}/regenerate`, {
      scope: { kind: "week", index: 3 },
      seed: 11,
      revision: 0,
    });
    expect(regenerated.status).toBe(200);
    expect(regenerated.body).toMatchObject({ changed: true, revision: 1 });
    expect(regenerated.body.plan.revision).toBe(1);

    const entry = { date: created.plan.startDate, status: "done", minutes: 40 };
    const logged = await t.call("POST", `/api/plans/${id}/log`, { ...entry, revision: 1 });
    expect(logged.body.plan.log).toEqual([entry]);

    const overlap = created.plan.warnings.find((w) => w.id === "w-peaks-overlap-hm-ultra");
    expect(overlap?.choices?.map((c) => c.id)).toContain("ultra-primary");
    const chosen = await t.call("POST", `/api/plans/${id}/choices`, {
      warningId: "w-peaks-overlap-hm-ultra",
      choiceId: "ultra-primary",
      revision: 2,
    });
    expect(chosen.status).toBe(200);
    expect(chosen.body.revision).toBe(3);
    // The plan is generated again with the answer; what the runner logged stays.
    expect(chosen.body.plan.log).toEqual([entry]);
    expect(chosen.body.plan.scenario.choices).toEqual({
      "w-peaks-overlap-hm-ultra": "ultra-primary",
    });
    expect(chosen.body.plan.warnings.map((w: { id: string }) => w.id)).not.toContain(
      "w-peaks-overlap-hm-ultra",
    );

    const reverted = await t.call("POST", `/api/plans/${id}/revert`, {
      toRevision: 0,
      revision: 3,
    });
    expect(reverted.status).toBe(200);
    expect(reverted.body.revision).toBe(4);
    expect({ ...reverted.body.plan, revision: 0, changes: [] }).toEqual({
      ...created.plan,
      changes: [],
    });

    const history = await t.call("GET", `/api/plans/${id}/revisions`);
    expect(history.body.revisions.map((r: { kind: string }) => r.kind)).toEqual([
      "generate",
      "regenerate",
      "log",
      "choice",
      "revert",
    ]);
    const second = await t.call("GET", `/api/plans/${id}/revisions/1`);
    expect(second.body).toEqual({ id, revision: 1, plan: regenerated.body.plan });
  });

  it("keeps everything across a restart on the same file", async () => {
    t = await startTestServer();
    const { id } = await createPlan(t);
    const locked = await t.call("GET", `/api/plans/${id}`);
    await t.close();

    t = await startTestServer(t.file);
    expect((await t.call("GET", `/api/plans/${id}`)).body).toEqual(locked.body);
    expect((await t.call("GET", "/api/plans")).body.plans).toMatchObject([
      { id, revision: 0, goals: [{ distanceKm: 100 }] },
    ]);
    expect((await t.call("GET", `/api/plans/${id}/revisions`)).body.revisions).toHaveLength(1);
  });

  it("refuses a write based on a stale revision with 409 and the current revision", async () => {
    t = await startTestServer();
    const { id } = await createPlan(t);
    const scope = { kind: "week", index: 2 };
    const first = await t.call("POST", `/api/plans/${id}/regenerate`, { scope, revision: 0 });
    expect(first.status).toBe(200);
    // A second tab, still on revision 0.
    const second = await t.call("POST", `/api/plans/${id}/regenerate`, { scope, revision: 0 });
    expect(second.status).toBe(409);
    expect(second.body.error).toMatchObject({
      code: "stale_revision",
      field: "revision",
      currentRevision: 1,
    });
    expect((await t.call("GET", `/api/plans/${id}/revisions`)).body.revisions).toHaveLength(2);
  });

  it("lets only one of two simultaneous writes on the same revision through", async () => {
    t = await startTestServer();
    const { id } = await createPlan(t);
    const scope = { kind: "week", index: 5 };
    const answers = await Promise.all(
      [1, 2, 3].map((seed) =>
        t.call("POST", `/api/plans/${id}/regenerate`, { scope, seed, revision: 0 }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409]);
  });

  it("makes one plan of a request sent twice with its Idempotency-Key, at once or later", async () => {
    t = await startTestServer();
    const body = { scenario: exampleScenario("5k-beginner-no-history"), today: "2026-11-25" };
    const key = { "idempotency-key": "setup-form-0001" };
    const [first, second] = await Promise.all([
      t.call("POST", "/api/plans", body, key),
      t.call("POST", "/api/plans", body, key),
    ]);
    expect([first?.status, second?.status].sort()).toEqual([200, 201]);
    expect(first?.body.id).toBe(second?.body.id);
    const again = await t.call("POST", "/api/plans", body, key);
    expect(again).toMatchObject({ status: 200, body: { id: first?.body.id, revision: 0 } });
    // Without a key, or with another one, the same scenario is a plan of its own.
    expect((await t.call("POST", "/api/plans", body)).status).toBe(201);
    const otherKey = { "idempotency-key": "setup-form-0002" };
    expect((await t.call("POST", "/api/plans", body, otherKey)).status).toBe(201);
    expect((await t.call("GET", "/api/plans")).body.plans).toHaveLength(3);
  });

  it("refuses a key sent again with another scenario, and a key too short to be one", async () => {
    t = await startTestServer();
    const body = { scenario: exampleScenario("5k-beginner-no-history"), today: "2026-11-25" };
    const key = { "idempotency-key": "setup-form-0001" };
    expect((await t.call("POST", "/api/plans", body, key)).status).toBe(201);
    const other = { ...body, scenario: { ...body.scenario, seed: 9 } };
    const reused = await t.call("POST", "/api/plans", other, key);
    expect(reused).toMatchObject({
      status: 422,
      body: { error: { code: "idempotency_key_reused", field: "idempotency-key" } },
    });
    const short = await t.call("POST", "/api/plans", body, { "idempotency-key": "x" });
    expect(short.status).toBe(400);
    expect(short.body.error.message).toMatch(/idempotency-key/);
    expect((await t.call("GET", "/api/plans")).body.plans).toHaveLength(1);
  });

  it("lists the latest changed first and deletes a plan with its revisions", async () => {
    t = await startTestServer();
    const older = await createPlan(t, "5k-beginner-no-history");
    const newer = await createPlan(t, "marathon-advanced");
    const list = await t.call("GET", "/api/plans");
    expect(list.body.plans.map((p: { id: string }) => p.id)).toEqual([newer.id, older.id]);

    expect((await t.call("DELETE", `/api/plans/${older.id}`)).status).toBe(204);
    expect((await t.call("GET", `/api/plans/${older.id}`)).status).toBe(404);
    expect((await t.call("GET", `/api/plans/${older.id}/revisions`)).status).toBe(404);
    expect((await t.call("DELETE", `/api/plans/${older.id}`)).status).toBe(404);
  });

  it("says when a regeneration has nothing else to offer, without a new revision", async () => {
    t = await startTestServer();
    const { id, plan } = await createPlan(t);
    const race = plan.weeks.flatMap((w) => w.days).find((d) => d.workouts[0]?.type === "race");
    const answer = await t.call("POST", `/api/plans/${id}/regenerate`, {
      scope: { kind: "day", date: race?.date },
      revision: 0,
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ changed: false, revision: 0 });
    expect(answer.body.message).toMatch(/no other choice/);
  });

  it("answers a read with the plan's revision as its ETag, and 304 when the tab has it", async () => {
    t = await startTestServer();
    const { id } = await createPlan(t);
    const first = await fetch(`${t.server.url}/api/plans/${id}`);
    expect(first.headers.get("etag")).toBe('"0"');
    const again = await fetch(`${t.server.url}/api/plans/${id}`, {
      headers: { "if-none-match": '"0"' },
    });
    expect(again.status).toBe(304);
    await t.call("POST", `/api/plans/${id}/regenerate`, {
      scope: { kind: "week", index: 1 },
      revision: 0,
    });
    const changed = await fetch(`${t.server.url}/api/plans/${id}`, {
      headers: { "if-none-match": '"0"' },
    });
    expect(changed.status).toBe(200);
    expect(((await changed.json()) as { revision: number }).revision).toBe(1);
  });
});
