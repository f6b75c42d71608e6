import type { Plan } from "@cairn/engine";
import { z } from "zod";
import { listRevisions, readRevision } from "../db/plan-reads.ts";
import { notFound } from "../http/errors.ts";
import type { Api, RouteContext } from "./context.ts";
import { sendPlan } from "./plan-reply.ts";
import {
  basedOn,
  planErrors,
  planParams,
  planResponse,
  revisionListResponse,
  writeErrors,
} from "./schemas.ts";
import { answerWrite } from "./write.ts";

const tags = ["revisions"];

/** A plan's history: every revision, any one of them whole, and going back to one. */
export function revisionRoutes(api: Api, { db }: RouteContext): void {
  api.get(
    "/api/plans/:id/revisions",
    {
      schema: {
        tags,
        summary: "A plan's revisions, oldest first: kind, summary and change list",
        params: planParams,
        response: { 200: revisionListResponse, ...planErrors },
      },
    },
    async (request) => {
      const revisions = await listRevisions(db, request.params.id);
      if (!revisions) throw notFound(`no plan "${request.params.id}"`, "id");
      return { revisions };
    },
  );

  api.get(
    "/api/plans/:id/revisions/:revision",
    {
      schema: {
        tags,
        summary: "A plan as it was at an earlier revision",
        params: planParams.extend({ revision: z.coerce.number().int().min(0) }),
        response: { 200: planResponse, ...planErrors },
      },
    },
    async (request, reply) => {
      const { id, revision } = request.params;
      const record = await readRevision(db, id, revision);
      if (!record) throw notFound(`no revision ${revision} of plan "${id}"`, "revision");
      return sendPlan(reply, record);
    },
  );

  api.post(
    "/api/plans/:id/revert",
    {
      schema: {
        tags,
        summary: "Make an earlier revision current again, as a new revision equal to it",
        params: planParams,
        body: z.strictObject({
          toRevision: z.number().int().min(0),
          revision: basedOn
            .optional()
            .describe("When given, refused with 409 if the plan has moved on"),
        }),
        response: { 200: planResponse, ...writeErrors },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { toRevision, revision } = request.body;
      return answerWrite(reply, db, id, revision, async (_current, tx) => {
        const old = await readRevision(tx, id, toRevision);
        if (!old) throw notFound(`no revision ${toRevision} of plan "${id}"`, "toRevision");
        // Written by the engine when it was stored; only its number and change list are new.
        const plan: Plan = { ...(JSON.parse(old.planJson) as Plan), changes: [] };
        return { plan, kind: "revert", summary: `Reverted to revision ${toRevision}` };
      });
    },
  );
}
