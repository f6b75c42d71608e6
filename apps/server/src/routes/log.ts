import { logDay } from "@cairn/engine";
import { z } from "zod";
import type { Api, RouteContext } from "./context.ts";
import { basedOn, isoDate, planParams, planResponse, writeErrors } from "./schemas.ts";
import { answerWrite, fromEngine } from "./write.ts";

/** The training log: what the runner really did, day by day, kept in the plan. */
export function logRoutes(api: Api, { db }: RouteContext): void {
  api.post(
    "/api/plans/:id/log",
    {
      schema: {
        tags: ["log"],
        summary: "Log what was really done on a day: done, partial, missed or extra",
        params: planParams,
        body: z.strictObject({
          date: isoDate,
          status: z.enum(["done", "partial", "missed", "extra"]),
          minutes: z.number().min(0).max(1440).optional(),
          rpe: z.number().int().min(1).max(10).optional(),
          revision: basedOn,
        }),
        response: { 200: planResponse, ...writeErrors },
      },
    },
    async (request, reply) => {
      const { revision, ...entry } = request.body;
      return answerWrite(reply, db, request.params.id, revision, (plan) =>
        fromEngine(plan, logDay(plan, entry)),
      );
    },
  );
}
