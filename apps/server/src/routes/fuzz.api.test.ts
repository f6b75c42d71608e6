import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createPlan,
  exampleScenario,
  firstWorkout,
  startTestServer,
  type TestServer,
} from "../test-support.ts";

/** Random bodies to every write route: any answer but a 5xx, and always the error shape. */
describe("fuzzed request bodies", { timeout: 120_000 }, () => {
  let t: TestServer;
  let id: string;
  let workoutId: string;
  let dates: string[];
  beforeAll(async () => {
    t = await startTestServer();
    const created = await createPlan(t, "5k-beginner-no-history");
    id = created.id;
    workoutId = firstWorkout(created.plan, "easy").id;
    dates = created.plan.weeks.flatMap((w) => w.days.map((d) => d.date));
  }, 30_000);
  afterAll(() => t.close());

  const base = exampleScenario("5k-beginner-no-history");
  const date = () => fc.oneof(fc.constantFrom(...dates), fc.string({ maxLength: 12 }));
  const revision = fc.oneof(fc.nat({ max: 40 }), fc.integer(), fc.double());
  const workoutType = fc.constantFrom("easy", "long", "tempo", "rest", "race", "strength", "x");
  const scope = () =>
    fc.oneof(
      fc.record({ kind: fc.constant("day"), date: date() }),
      fc.record({
        kind: fc.constantFrom("week", "phase"),
        index: fc.integer({ min: -2, max: 40 }),
      }),
    );

  /** A body of the route's fields, each right or random, sometimes missing or one too many. */
  const bodyOf = (fields: Record<string, fc.Arbitrary<unknown>>) =>
    fc.oneof(
      fc.record(
        Object.fromEntries(
          Object.entries(fields).map(([k, v]) => [
            k,
            fc.oneof({ weight: 3, arbitrary: v }, fc.jsonValue()),
          ]),
        ),
        { requiredKeys: [] },
      ),
      fc.record({ ...fields, extra: fc.jsonValue() }),
      fc.jsonValue(),
      fc.string({ maxLength: 40 }),
    );

  const routes: [string, string, () => fc.Arbitrary<unknown>][] = [
    ["POST", "/api/plans", () => bodyOf({ scenario: mutated(base), today: date() })],
    [
      "POST",
      "/api/plans/:id/regenerate",
      () => bodyOf({ scope: scope(), seed: fc.integer(), revision }),
    ],
    [
      "POST",
      "/api/plans/:id/choices",
      () => bodyOf({ warningId: fc.string(), choiceId: fc.string(), revision }),
    ],
    ["POST", "/api/plans/:id/replan", () => bodyOf({ today: date(), revision })],
    ["POST", "/api/plans/:id/revert", () => bodyOf({ toRevision: revision, revision })],
    [
      "POST",
      "/api/plans/:id/workouts/:workoutId/lock",
      () => bodyOf({ locked: fc.boolean(), revision }),
    ],
    ["POST", "/api/plans/:id/workouts/:workoutId/move", () => bodyOf({ toDate: date(), revision })],
    [
      "POST",
      "/api/plans/:id/workouts/:workoutId/edit",
      () =>
        bodyOf({ durationMin: fc.integer({ min: -10, max: 2000 }), type: workoutType, revision }),
    ],
    ["DELETE", "/api/plans/:id/workouts/:workoutId", () => bodyOf({ revision })],
    [
      "POST",
      "/api/plans/:id/workouts",
      () =>
        bodyOf({
          date: date(),
          type: workoutType,
          durationMin: fc.integer({ min: -10, max: 2000 }),
          revision,
        }),
    ],
    [
      "POST",
      "/api/plans/:id/log",
      () =>
        bodyOf({
          date: date(),
          status: fc.constantFrom("done", "partial", "missed", "extra", "?"),
          minutes: fc.integer({ min: -5, max: 2000 }),
          rpe: fc.integer({ min: -1, max: 12 }),
          revision,
        }),
    ],
  ];

  it.each(routes)("%s %s", async (method, path, body) => {
    await fc.assert(
      fc.asyncProperty(body(), async (input) => {
        // A string body is sent as it is: mostly not JSON at all.
        const answer = await t.call(
          method,
          path.replace(":id", id).replace(":workoutId", workoutId),
          input,
        );
        expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(500);
        if (answer.status >= 400) expect(answer.body.error.code).toEqual(expect.any(String));
      }),
      { numRuns: 150 },
    );
  });
});

/** The scenario with one of its fields, at any depth, replaced by any JSON value. */
function mutated(scenario: Record<string, unknown>): fc.Arbitrary<unknown> {
  const paths = leafPaths(scenario);
  return fc.tuple(fc.constantFrom(...paths), fc.jsonValue()).map(([path, value]) => {
    const copy = structuredClone(scenario);
    let at: Record<string, unknown> = copy;
    for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
    at[path.at(-1) as string] = value;
    return copy;
  });
}

function leafPaths(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value !== "object" || value === null) return [prefix];
  return [
    prefix,
    ...Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...prefix, k])),
  ].filter((p) => p.length > 0);
}
