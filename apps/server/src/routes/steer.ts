import { randomInt } from "node:crypto";
import { applyChoice, regenerate, replan } from "@cairn/engine";
import { z } from "zod";
import { invalid } from "../http/errors.ts";
import type { Api, RouteContext } from "./context.ts";
import {
  basedOn,
  generationErrors,
  isoDate,
  planParams,
  planResponse,
  regenerateResponse,
} from "./schemas.ts";
import { answerWrite, fromEngine } from "./write.ts";

const tags = ["steering"];

const scope = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("day"), date: isoDate }),
  z.strictObject({ kind: z.literal("week"), index: z.number().int().min(0) }),
  z.strictObject({ kind: z.literal("phase"), index: z.number().int().min(0) }),
]);

/** The routes that run the planner again: regenerate a span, answer a warning, re-plan. */
export function steerRoutes(api: Api, { db, generationLimit }: RouteContext): void {
  api.post(
    "/api/plans/:id/regenerate",
    {
      config: generationLimit,
      schema: {
        tags,
        summary: "Build a day, a week or a phase again with a new seed; locked workouts stay",
        params: planParams,
        body: z.strictObject({
          scope,
          seed: z
            .number()
            .int()
            .min(0)
            .max(2 ** 31 - 1)
            .optional()
            .describe("Default: a random one"),
          revision: basedOn,
        }),
        response: { 200: regenerateResponse, ...generationErrors },
      },
    },
    async (request, reply) => {
      const { scope, seed = randomInt(2 ** 31 - 1), revision } = request.body;
      let outcome = { changed: false, message: "" };
      return answerWrite(
        reply,
        db,
        request.params.id,
        revision,
        (plan) => {
          const result = regenerate(plan, scope, seed);
          if (!result.ok) throw invalid(result.error.field, result.error.message);
          outcome = { changed: result.value.changed, message: result.value.message };
          if (!result.value.changed) return undefined;
          return { plan: result.value.plan, kind: "regenerate", summary: result.value.message };
        },
        () => outcome,
      );
    },
  );

  api.post(
    "/api/plans/:id/choices",
    {
      config: generationLimit,
      schema: {
        tags,
        summary:
          "Answer a warning with one of its choices (a conflict plans again with the answer; an edit is kept or its week re-balanced)",
        params: planParams,
        body: z.strictObject({
          warningId: z.string().min(1),
          choiceId: z.string().min(1),
          revision: basedOn,
        }),
        response: { 200: planResponse, ...generationErrors },
      },
    },
    async (request, reply) => {
      const { warningId, choiceId, revision } = request.body;
      return answerWrite(reply, db, request.params.id, revision, (plan) =>
        fromEngine(plan, applyChoice(plan, warningId, choiceId)),
      );
    },
  );

  api.post(
    "/api/plans/:id/replan",
    {
      config: generationLimit,
      schema: {
        tags,
        summary: "Re-plan from today's week on the training logged before it",
        params: planParams,
        body: z.strictObject({ today: isoDate, revision: basedOn }),
        response: { 200: planResponse, ...generationErrors },
      },
    },
    async (request, reply) => {
      const { today, revision } = request.body;
      return answerWrite(reply, db, request.params.id, revision, (plan) =>
        fromEngine(plan, replan(plan, today)),
      );
    },
  );
}
