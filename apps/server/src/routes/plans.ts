import { generatePlan, type Plan } from "@cairn/engine";
import { z } from "zod";
import { currentRevision, listPlans, readPlan } from "../db/plan-reads.ts";
import { deletePlan, insertPlan } from "../db/plan-writes.ts";
import { ApiError, notFound, scenarioRefused } from "../http/errors.ts";
import type { Api, RouteContext } from "./context.ts";
import { PlanBodies, planBody, sendBody, sendPlan } from "./plan-reply.ts";
import {
  errorResponse,
  generationErrors,
  isoDate,
  planErrors,
  planListResponse,
  planParams,
  planResponse,
} from "./schemas.ts";

const tags = ["plans"];

/** Create, list, read and delete plans. */
export function planRoutes(api: Api, { db, generationLimit }: RouteContext): void {
  const planBodies = new PlanBodies();
  api.post(
    "/api/plans",
    {
      config: generationLimit,
      schema: {
        tags,
        summary: "Generate a plan from a scenario and store it as revision 0",
        body: z.strictObject({
          scenario: z.record(z.string(), z.unknown()).describe("A scenario (PLAN-FORMAT.md)"),
          today: isoDate
            .optional()
            .describe("The day the plan is made; default: the server's date"),
        }),
        headers: z.looseObject({
          "idempotency-key": z
            .string()
            .min(8)
            .max(200)
            .optional()
            .describe("The client's own key for this request: sent again, it makes no second plan"),
        }),
        response: {
          200: planResponse.describe("The plan this request's key made already, as it stands"),
          201: planResponse,
          400: errorResponse,
          422: errorResponse.describe("The key was used for another scenario"),
          429: generationErrors[429],
        },
      },
    },
    async (request, reply) => {
      const { scenario, today = localToday() } = request.body;
      const result = generatePlan(scenario, { today });
      if (!result.ok) throw scenarioRefused(result.error);
      const summary = `Generated from the scenario (seed ${result.value.seed})`;
      const plan: Plan = { ...result.value, changes: [{ kind: "generate", summary }] };
      const key = request.headers["idempotency-key"];
      const record = await insertPlan(db, scenario, { plan, kind: "generate", summary }, key);
      if (!record.created && record.scenarioJson !== JSON.stringify(scenario)) throw keyReused();
      return sendPlan(reply, record, record.created ? 201 : 200);
    },
  );

  api.get(
    "/api/plans",
    {
      schema: {
        tags,
        summary: "Every stored plan, the latest changed first (without the plans)",
        response: { 200: planListResponse },
      },
    },
    async () => ({ plans: await listPlans(db) }),
  );

  api.get(
    "/api/plans/:id",
    {
      schema: {
        tags,
        summary: "A plan at its current revision",
        params: planParams,
        response: {
          200: planResponse,
          304: z.null().describe("Not modified (If-None-Match)"),
          ...planErrors,
        },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const revision = await currentRevision(db, id);
      if (revision === undefined) throw notFound(`no plan "${id}"`, "id");
      // The revision names the content: a tab that has it already is told so in a few bytes.
      const etag = `"${revision}"`;
      reply.header("etag", etag);
      if (request.headers["if-none-match"] === etag) return reply.code(304).send(null);
      let body = planBodies.get(id, revision);
      if (!body) {
        const record = await readPlan(db, id);
        if (!record) throw notFound(`no plan "${id}"`, "id");
        body = planBody(record);
        planBodies.set(id, record.revision, body);
      }
      return sendBody(reply, body);
    },
  );

  api.delete(
    "/api/plans/:id",
    {
      schema: {
        tags,
        summary: "Delete a plan and all its revisions",
        params: planParams,
        response: { 204: z.null().describe("Deleted"), ...planErrors },
      },
    },
    async (request, reply) => {
      if (!(await deletePlan(db, request.params.id)))
        throw notFound(`no plan "${request.params.id}"`, "id");
      return reply.code(204).send(null);
    },
  );
}

/** The server's calendar day, as the runner beside it reads it. */
function localToday(): string {
  const now = new Date();
  const two = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

const keyReused = () =>
  new ApiError(422, {
    code: "idempotency_key_reused",
    message: "Idempotency-Key was already used for another scenario: send a new key",
    field: "idempotency-key",
  });
