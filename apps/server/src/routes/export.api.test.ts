import {
  type Plan,
  planToCsv,
  planToFitZip,
  planToHtml,
  planToIcs,
  planToMarkdown,
  planWeek,
} from "@cairn/engine";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleScenario, startTestServer, type TestServer } from "../test-support.ts";

const formats: [string, string, (plan: Plan) => string | Uint8Array][] = [
  ["ics", "text/calendar; charset=utf-8", planToIcs],
  ["csv", "text/csv; charset=utf-8", planToCsv],
  ["md", "text/markdown; charset=utf-8", planToMarkdown],
  ["html", "text/html; charset=utf-8", planToHtml],
  ["fit.zip", "application/zip", planToFitZip],
];

/** The hm-and-50k example with its ultra named "Zürich Trail 50K". */
function zurichScenario() {
  const scenario = exampleScenario("hm-and-50k");
  const goals = scenario.goals as { id: string; name?: string }[];
  return {
    ...scenario,
    goals: goals.map((g) => (g.id === "ultra" ? { ...g, name: "Zürich Trail 50K" } : g)),
  };
}

describe("plan exports over HTTP", { timeout: 30_000 }, () => {
  let t: TestServer;
  let id: string;
  let plan: Plan;
  beforeAll(async () => {
    t = await startTestServer();
    const created = await t.call("POST", "/api/plans", {
      scenario: zurichScenario(),
      today: "2026-11-25",
    });
    expect(created.status).toBe(201);
    id = created.body.id;
    plan = created.body.plan;
  });
  afterAll(() => t?.close());

  const download = async (path: string) => {
    const response = await fetch(`${t.server.url}${path}`);
    return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
  };
  const bytesOf = (body: string | Uint8Array) =>
    typeof body === "string" ? new TextEncoder().encode(body) : body;

  it.each(formats)(
    "sends .%s as %s, an attachment named for the main goal",
    async (extension, type, write) => {
      const { response, bytes } = await download(`/api/plans/${id}/export.${extension}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe(type);
      expect(response.headers.get("content-disposition")).toBe(
        `attachment; filename="zurich-trail-50k.${extension}"; ` +
          `filename*=UTF-8''z%C3%BCrich-trail-50k.${extension}`,
      );
      expect(bytes).toEqual(bytesOf(write(plan)));
    },
  );

  it.each(formats)(
    "sends one week of .%s with ?week=N, counted from 1",
    async (extension, _, write) => {
      const { response, bytes } = await download(`/api/plans/${id}/export.${extension}?week=3`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-disposition")).toContain(
        `filename="zurich-trail-50k-week-3.${extension}"`,
      );
      const week = planWeek(plan, 3);
      if (!week) throw new Error("no week 3");
      expect(bytes).toEqual(bytesOf(write(week)));
    },
  );

  it("keeps the strict Content-Security-Policy: the page is a download, not shown in place", async () => {
    const { response } = await download(`/api/plans/${id}/export.html`);
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("names an ASCII goal's file without filename*", async () => {
    const created = await t.call("POST", "/api/plans", {
      scenario: exampleScenario("100k-trail-intermediate"),
      today: "2026-11-25",
    });
    const { response } = await download(`/api/plans/${created.body.id}/export.csv`);
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="mountain-lakes-100k.csv"',
    );
  });

  describe("refuses in the error shape", () => {
    it("an unknown plan: 404", async () => {
      const answer = await t.call("GET", "/api/plans/nope/export.ics");
      expect(answer.status).toBe(404);
      expect(answer.body).toEqual({
        error: { code: "not_found", message: 'no plan "nope"', field: "id" },
      });
    });

    it.each([
      ["a week the plan doesn't have", "99", /^week: no week 99: the plan has weeks 1–\d+$/],
      ["week 0", "0", /^week: /],
      ["a week that is not a number", "abc", /^week: /],
      ["a fraction of a week", "1.5", /^week: /],
    ])("%s: 400", async (_, week, message) => {
      const answer = await t.call("GET", `/api/plans/${id}/export.fit.zip?week=${week}`);
      expect(answer.status).toBe(400);
      expect(answer.body.error).toMatchObject({ code: "invalid_request", field: "week" });
      expect(answer.body.error.message).toMatch(message);
    });

    it("an unknown query field: 400", async () => {
      const answer = await t.call("GET", `/api/plans/${id}/export.ics?weeks=2`);
      expect(answer.status).toBe(400);
      expect(answer.body.error).toMatchObject({ code: "invalid_request", field: "weeks" });
    });

    it("a format there is no route for: 404", async () => {
      const answer = await t.call("GET", `/api/plans/${id}/export.pdf`);
      expect(answer.status).toBe(404);
      expect(answer.body.error.code).toBe("not_found");
    });
  });
});
