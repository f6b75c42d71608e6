import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { startTestServer, type TestServer, tempDir } from "../test-support.ts";

describe("the web app beside the API", { timeout: 30_000 }, () => {
  let t: TestServer;
  afterEach(() => t?.close());

  it("says the API is running, with a link to its docs, while the web app is not built", async () => {
    t = await startTestServer();
    const page = await t.call("GET", "/");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(page.body).toContain("The API is running");
    expect(page.body).toContain('href="/api/docs"');
  });

  it("serves the built app, and its index.html for the app's own paths", async () => {
    const dist = tempDir();
    mkdirSync(join(dist, "assets"));
    writeFileSync(join(dist, "index.html"), "<!doctype html><title>Cairn app</title>");
    writeFileSync(join(dist, "assets", "app.js"), "console.log(1)");
    t = await startTestServer(undefined, { webDir: dist });
    expect((await t.call("GET", "/")).body).toContain("Cairn app");
    const script = await t.call("GET", "/assets/app.js");
    expect(script.headers.get("content-type")).toMatch(/javascript/);
    expect((await t.call("GET", "/plans/some-id/week/3")).body).toContain("Cairn app");
    const api = await t.call("GET", "/api/nothing");
    expect(api.status).toBe(404);
    expect(api.body.error.code).toBe("not_found");
  });
});

describe("the built web app's files", { timeout: 30_000 }, () => {
  let t: TestServer;
  afterEach(() => t?.close());

  it("serves a rebuild's new files without a restart, its hashed assets for a year, compressed", async () => {
    const dist = tempDir();
    mkdirSync(join(dist, "assets"));
    writeFileSync(join(dist, "index.html"), "<!doctype html><title>Cairn app</title>");
    t = await startTestServer(undefined, { webDir: dist });
    expect((await t.call("GET", "/")).headers.get("cache-control")).not.toMatch(/immutable/);

    writeFileSync(join(dist, "assets", "index-AbCd1234.js"), "console.log('new build')");
    writeFileSync(
      join(dist, "assets", "index-AbCd1234.js.br"),
      brotliCompressSync("console.log('new build')"),
    );
    const plain = await fetch(`${t.server.url}/assets/index-AbCd1234.js`, {
      headers: { "accept-encoding": "identity" },
    });
    expect(plain.status).toBe(200);
    expect(plain.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const compressed = await fetch(`${t.server.url}/assets/index-AbCd1234.js`, {
      headers: { "accept-encoding": "br" },
    });
    expect(compressed.headers.get("content-encoding")).toBe("br");
    expect(compressed.headers.get("content-type")).toMatch(/javascript/);
    expect(await compressed.text()).toBe("console.log('new build')");
  });
});

describe("the API's documentation", { timeout: 30_000 }, () => {
  let t: TestServer;
  afterEach(() => t?.close());

  it("publishes an OpenAPI document of every route, and a docs page over it", async () => {
    t = await startTestServer();
    const spec = await t.call("GET", "/api/openapi.json");
    expect(spec.status).toBe(200);
    expect(spec.body.openapi).toMatch(/^3\./);
    const paths = Object.keys(spec.body.paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        "/api/plans",
        "/api/plans/{id}",
        "/api/plans/{id}/revisions",
        "/api/plans/{id}/revert",
        "/api/plans/{id}/regenerate",
        "/api/plans/{id}/choices",
        "/api/plans/{id}/replan",
        "/api/plans/{id}/log",
        "/api/plans/{id}/workouts",
        "/api/plans/{id}/workouts/{workoutId}",
        "/api/plans/{id}/workouts/{workoutId}/lock",
        "/api/plans/{id}/workouts/{workoutId}/move",
        "/api/plans/{id}/workouts/{workoutId}/edit",
        "/api/health",
      ]),
    );
    expect(paths.some((p) => p.startsWith("/api/docs"))).toBe(false);
    const body = spec.body.paths["/api/plans/{id}/choices"].post.requestBody;
    expect(body.content["application/json"].schema.required).toEqual([
      "warningId",
      "choiceId",
      "revision",
    ]);

    const docs = await t.call("GET", "/api/docs");
    expect(docs.status).toBe(200);
    expect(docs.body).toContain("swagger-ui");
  });
});
