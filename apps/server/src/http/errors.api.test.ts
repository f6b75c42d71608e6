import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPlan, exampleScenario, startTestServer, type TestServer } from "../test-support.ts";

describe("bad input is answered with a status, a code and the field, never a stack", () => {
  let t: TestServer;
  let id: string;
  beforeAll(async () => {
    t = await startTestServer();
    id = (await createPlan(t)).id;
  }, 30_000);
  afterAll(() => t.close());

  const scenario = exampleScenario("100k-trail-intermediate");
  const cases: [string, string, string, unknown, number, Record<string, unknown>][] = [
    ["malformed JSON", "POST", "/api/plans", '{"scenario": {', 400, { code: "bad_json" }],
    [
      "a JSON prototype key",
      "POST",
      "/api/plans",
      '{"__proto__": {"x": 1}}',
      400,
      { code: "bad_json" },
    ],
    [
      "an unknown field",
      "POST",
      "/api/plans",
      { scenario, colour: "red" },
      400,
      { code: "invalid_request", field: "colour" },
    ],
    [
      "a wrong type",
      "POST",
      "/api/plans",
      { scenario: "100k" },
      400,
      { code: "invalid_request", field: "scenario" },
    ],
    ["a missing field", "POST", "/api/plans", { today: "2026-11-25" }, 400, { field: "scenario" }],
    [
      "a date that is no date",
      "POST",
      "/api/plans",
      { scenario, today: "25/11/2026" },
      400,
      { field: "today" },
    ],
    [
      "a scenario the engine refuses",
      "POST",
      "/api/plans",
      { scenario: { goals: [] } },
      400,
      { code: "invalid_scenario", field: "scenario.goals" },
    ],
    [
      "a race in the past",
      "POST",
      "/api/plans",
      { scenario, today: "2030-01-01" },
      400,
      { code: "invalid_scenario", field: "scenario.goals.0.date" },
    ],
    [
      "a nested wrong type",
      "POST",
      "/api/plans/:id/regenerate",
      { scope: { kind: "week", index: "3" }, revision: 0 },
      400,
      { field: "scope.index" },
    ],
    [
      "a negative revision",
      "POST",
      "/api/plans/:id/replan",
      { today: "2026-12-01", revision: -1 },
      400,
      { field: "revision" },
    ],
    [
      "an unknown plan",
      "GET",
      "/api/plans/no-such-plan",
      undefined,
      404,
      { code: "not_found", field: "id" },
    ],
    [
      "an unknown plan's write",
      "POST",
      "/api/plans/no-such-plan/log",
      { date: "2027-01-04", status: "done", revision: 0 },
      404,
      { code: "not_found" },
    ],
    [
      "an unknown revision",
      "GET",
      "/api/plans/:id/revisions/99",
      undefined,
      404,
      { field: "revision" },
    ],
    [
      "a revert to an unknown revision",
      "POST",
      "/api/plans/:id/revert",
      { toRevision: 99 },
      404,
      { field: "toRevision" },
    ],
    [
      "an unknown warning",
      "POST",
      "/api/plans/:id/choices",
      { warningId: "w-none", choiceId: "a", revision: 0 },
      400,
      { field: "warningId" },
    ],
    ["an unknown API route", "GET", "/api/nothing-here", undefined, 404, { code: "not_found" }],
    [
      "a scope outside the plan",
      "POST",
      "/api/plans/:id/regenerate",
      { scope: { kind: "week", index: 400 }, revision: 0 },
      400,
      { code: "invalid_request", field: "week" },
    ],
  ];

  it.each(cases)("%s", async (_name, method, path, body, status, error) => {
    const answer = await t.call(method, path.replace(":id", id), body);
    expect(answer.status).toBe(status);
    expect(answer.body.error).toMatchObject(error);
    expect(typeof answer.body.error.message).toBe("string");
    expect(JSON.stringify(answer.body)).not.toMatch(/stack|at .*\.ts:\d+/);
  });

  it("refuses a 5 MB body with 413", async () => {
    const huge = JSON.stringify({ scenario: { notes: "x".repeat(5 * 1024 * 1024) } });
    const answer = await t.call("POST", "/api/plans", huge);
    expect(answer.status).toBe(413);
    expect(answer.body.error.code).toBe("body_too_large");
  });

  it("refuses a body that is not JSON with 415", async () => {
    const response = await fetch(`${t.server.url}/api/plans`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "scenario",
    });
    expect(response.status).toBe(415);
    const body = (await response.json()) as { error: { code: string } };
    expect(body.error.code).toBe("unsupported_media_type");
  });
});
