import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type RunningServer, startServer } from "./server.ts";

/** Helpers for tests that talk to a real server over HTTP. */

export const examplesDir = join(import.meta.dirname, "../../../examples");

/** An example scenario from `examples/`, read afresh. */
export function exampleScenario(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(examplesDir, `${name}.json`), "utf8"));
}

/** A fresh folder for a test's database file. */
export const tempDir = (): string => mkdtempSync(join(tmpdir(), "cairn-server-"));

export interface Answer {
  status: number;
  headers: Headers;
  // Tests read into the JSON they expect; a wrong guess fails the test, which is what we want.
  // biome-ignore lint/suspicious/noExplicitAny: see above
  body: any;
}

export interface TestServer {
  server: RunningServer;
  file: string;
  call(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Answer>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  generationsPerMinute?: number;
  webDir?: string;
}

/** A server on a free loopback port over a SQLite file (a new one unless given). */
export async function startTestServer(
  file = join(tempDir(), "cairn.db"),
  options: TestServerOptions = {},
): Promise<TestServer> {
  const server = await startServer({
    host: "127.0.0.1",
    port: 0,
    sqliteFile: file,
    webDir: options.webDir ?? join(tempDir(), "no-web-app"),
    generationsPerMinute: options.generationsPerMinute ?? 0,
    logLevel: "silent",
    workers: 1,
  });
  return {
    server,
    file,
    call: (method, path, body, headers) => request(server.url, method, path, body, headers),
    close: () => server.close(),
  };
}

/** One request; a body that is a string is sent as it is (to send broken JSON). */
export async function request(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const init: RequestInit = { method, headers };
  if (body !== undefined) {
    init.headers = { "content-type": "application/json", ...headers };
    init.body = typeof body === "string" ? body : JSON.stringify(body);
  }
  const response = await fetch(`${base}${path}`, init);
  const text = await response.text();
  const json = response.headers.get("content-type")?.includes("json");
  return {
    status: response.status,
    headers: response.headers,
    body: json ? JSON.parse(text) : text,
  };
}

/** Create a plan from an example and return its id and revision. */
export async function createPlan(t: TestServer, example = "100k-trail-intermediate") {
  const answer = await t.call("POST", "/api/plans", {
    scenario: exampleScenario(example),
    today: "2026-11-25",
  });
  if (answer.status !== 201) throw new Error(`create failed: ${JSON.stringify(answer.body)}`);
  return answer.body as { id: string; revision: number; plan: PlanShape };
}

/** What the tests read of a plan. */
export interface PlanShape {
  revision: number;
  startDate: string;
  warnings: { id: string; choices?: { id: string }[] }[];
  weeks: { days: { date: string; workouts: { id: string; type: string; locked: boolean }[] }[] }[];
  log?: { date: string; status: string }[];
  changes?: { kind: string; summary: string }[];
  scenario: { choices: Record<string, string> };
}

/** The first workout of a type, with its date. */
export function firstWorkout(plan: PlanShape, type: string) {
  for (const week of plan.weeks)
    for (const day of week.days)
      for (const workout of day.workouts)
        if (workout.type === type) return { ...workout, date: day.date };
  throw new Error(`no ${type} workout`);
}
