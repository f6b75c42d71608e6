import { afterEach, describe, expect, it } from "vitest";
import { exampleScenario, startTestServer, type TestServer } from "../test-support.ts";

describe("security", { timeout: 30_000 }, () => {
  let t: TestServer;
  afterEach(() => t?.close());

  it("sends a strict Content-Security-Policy and the other helmet headers", async () => {
    t = await startTestServer();
    const page = await t.call("GET", "/");
    const csp = page.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe");
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    const api = await t.call("GET", "/api/health");
    expect(api.headers.get("content-security-policy")).toBe(csp);
  });

  it("limits generation per client, and leaves reads alone", async () => {
    t = await startTestServer(undefined, { generationsPerMinute: 2 });
    const body = { scenario: exampleScenario("5k-beginner-no-history"), today: "2026-11-25" };
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await t.call("POST", "/api/plans", body)).status);
    expect(statuses).toEqual([201, 201, 429]);
    const limited = await t.call("POST", "/api/plans", body);
    expect(limited.body.error.code).toBe("rate_limited");
    for (let i = 0; i < 5; i++) expect((await t.call("GET", "/api/plans")).status).toBe(200);
  });
});
