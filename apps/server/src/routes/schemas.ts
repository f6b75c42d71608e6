import { z } from "zod";

/** Request and response shapes shared by the routes; the OpenAPI document is made from them. */

const id = z.string().min(1).max(100);
export const planParams = z.strictObject({ id });
export const workoutParams = z.strictObject({ id, workoutId: id });

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
  .describe("YYYY-MM-DD");

/** Every write names the revision it was based on: a stale one is answered 409. */
export const basedOn = z
  .number()
  .int()
  .min(0)
  .describe("The plan revision this change is based on");

const anyPlan = z
  .record(z.string(), z.unknown())
  .describe("A plan document (PLAN-FORMAT.md), with its `revision` and `changes`");

export const planResponse = z.object({ id: z.string(), revision: z.number().int(), plan: anyPlan });

export const regenerateResponse = planResponse.extend({
  changed: z.boolean().describe("False when the rules leave no other choice: no new revision"),
  message: z.string(),
});

export const planListResponse = z.object({
  plans: z.array(
    z.object({
      id: z.string(),
      revision: z.number().int(),
      startDate: z.string(),
      endDate: z.string(),
      goals: z.array(
        z.object({
          id: z.string(),
          name: z.string().optional(),
          date: z.string(),
          distanceKm: z.number(),
        }),
      ),
      createdAt: z.string(),
      updatedAt: z.string(),
    }),
  ),
});

export const revisionListResponse = z.object({
  revisions: z.array(
    z.object({
      revision: z.number().int(),
      kind: z
        .string()
        .describe(
          "generate, regenerate, choice, lock, unlock, move, edit, delete, add, log, replan or revert",
        ),
      summary: z.string(),
      changes: z.array(z.record(z.string(), z.unknown())).describe("The engine's change list"),
      createdAt: z.string(),
    }),
  ),
});

export const errorResponse = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
    currentRevision: z.number().int().optional().describe("On 409: the plan's revision now"),
    issues: z
      .array(z.object({ field: z.string(), message: z.string() }))
      .optional()
      .describe("On invalid_scenario: every issue the engine found"),
  }),
});

/** The error answers every plan route may give, for the document. */
export const planErrors = { 400: errorResponse, 404: errorResponse };
export const writeErrors = { ...planErrors, 409: errorResponse };
export const generationErrors = { ...writeErrors, 429: errorResponse };
