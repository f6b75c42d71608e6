import { afterEach, describe, expect, it } from "vitest";
import {
  createPlan,
  firstWorkout,
  type PlanShape,
  startTestServer,
  type TestServer,
} from "../test-support.ts";

describe("workouts and the log over HTTP", { timeout: 30_000 }, () => {
  let t: TestServer;
  afterEach(() => t?.close());

  /** Each change is a new revision whose change list says what it did. */
  async function change(path: string, body: Record<string, unknown>, kind: string) {
    const answer = await t.call("POST", path, body);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body.revision).toBe((body.revision as number) + 1);
    expect(answer.body.plan.changes[0].kind).toBe(kind);
    return answer.body.plan as PlanShape;
  }

  it("locks, moves, edits, deletes and adds workouts, logs a day and re-plans", async () => {
    t = await startTestServer();
    const { id, plan } = await createPlan(t);
    const easy = firstWorkout(plan, "easy");
    const at = (suffix: string) => `/api/plans/${id}/workouts/${easy.id}/${suffix}`;

    let now = await change(at("lock"), { locked: true, revision: 0 }, "lock");
    expect(firstWorkout(now, "easy")).toMatchObject({ id: easy.id, locked: true });
    // Already locked: the plan as it was, no new revision.
    const again = await t.call("POST", at("lock"), { locked: true, revision: 1 });
    expect(again.body.revision).toBe(1);

    now = await change(at("edit"), { durationMin: 25, revision: 1 }, "edit");
    const rest = firstWorkout(now, "rest");
    const moved = await change(at("move"), { toDate: rest.date, revision: 2 }, "move");
    const movedId = moved.weeks.flatMap((w) => w.days).find((d) => d.date === rest.date)
      ?.workouts[0]?.id;
    expect(movedId).toBeDefined();

    const removed = await t.call("DELETE", `/api/plans/${id}/workouts/${movedId}`, {
      revision: 3,
    });
    expect(removed.status).toBe(200);
    expect(removed.body.plan.changes[0].kind).toBe("delete");

    await change(
      `/api/plans/${id}/workouts`,
      { date: rest.date, type: "easy", durationMin: 30, revision: 4 },
      "add",
    );
    now = await change(
      `/api/plans/${id}/log`,
      { date: plan.startDate, status: "partial", minutes: 20, rpe: 5, revision: 5 },
      "log",
    );
    expect(now.log).toEqual([{ date: plan.startDate, status: "partial", minutes: 20, rpe: 5 }]);
    const secondMonday = plan.weeks[1]?.days[0]?.date;
    now = await change(`/api/plans/${id}/replan`, { today: secondMonday, revision: 6 }, "replan");
    expect(now.log).toHaveLength(1);

    const kinds = (await t.call("GET", `/api/plans/${id}/revisions`)).body.revisions.map(
      (r: { kind: string }) => r.kind,
    );
    expect(kinds).toEqual(["generate", "lock", "edit", "move", "delete", "add", "log", "replan"]);
  });

  it("takes a delete's revision from the query too", async () => {
    t = await startTestServer();
    const { id, plan } = await createPlan(t);
    const easy = firstWorkout(plan, "easy");
    const path = `/api/plans/${id}/workouts/${easy.id}`;
    const missing = await t.call("DELETE", path);
    expect(missing.status).toBe(400);
    expect(missing.body.error.field).toBe("revision");
    expect((await t.call("DELETE", `${path}?revision=0`)).status).toBe(200);
  });

  it("answers 404 for a workout the plan does not hold, 400 for a refused change", async () => {
    t = await startTestServer();
    const { id, plan } = await createPlan(t);
    const unknown = await t.call("POST", `/api/plans/${id}/workouts/nope/lock`, {
      locked: true,
      revision: 0,
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatchObject({ code: "not_found", field: "workoutId" });

    const race = firstWorkout(plan, "race");
    const refused = await t.call("POST", `/api/plans/${id}/workouts/${race.id}/move`, {
      toDate: plan.startDate,
      revision: 0,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: "invalid_request", field: "workoutId" });

    const outside = await t.call("POST", `/api/plans/${id}/log`, {
      date: "2020-01-01",
      status: "done",
      revision: 0,
    });
    expect(outside.body.error).toMatchObject({ code: "invalid_request", field: "date" });
    const badType = await t.call("POST", `/api/plans/${id}/workouts`, {
      date: plan.startDate,
      type: "yoga-marathon",
      durationMin: 30,
      revision: 0,
    });
    expect(badType.body.error).toMatchObject({ code: "invalid_request", field: "type" });
  });

  it("offers the fix for an edit that breaks a rule, and keeps the edit when told", async () => {
    t = await startTestServer();
    const { id, plan } = await createPlan(t);
    const easy = firstWorkout(plan, "easy");
    const edited = await t.call("POST", `/api/plans/${id}/workouts/${easy.id}/edit`, {
      durationMin: 240,
      revision: 0,
    });
    const warning = edited.body.plan.warnings.find(
      (w: { code: string }) => w.code === "EDIT_BREAKS_RULE",
    );
    expect(warning?.choices.map((c: { id: string }) => c.id)).toContain("keep");
    const kept = await t.call("POST", `/api/plans/${id}/choices`, {
      warningId: warning.id,
      choiceId: "keep",
      revision: 1,
    });
    expect(kept.status).toBe(200);
    expect(kept.body.plan.warnings.map((w: { id: string }) => w.id)).not.toContain(warning.id);
    expect(firstWorkout(kept.body.plan, "easy").id).toBe(easy.id);
  });
});
