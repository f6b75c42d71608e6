import type { Plan, Result, SteerIssue } from "@cairn/engine";
import type { FastifyReply } from "fastify";
import type { Db } from "../db/database.ts";
import { type NewRevision, type Step, writeRevision } from "../db/plan-writes.ts";
import { ApiError, invalid, notFound } from "../http/errors.ts";
import { sendPlan } from "./plan-reply.ts";

/**
 * Run a change against the stored plan and answer: the new revision (200), the plan as it was
 * when nothing changed, 404 for no such plan, 409 with the current revision for a stale one.
 */
export async function answerWrite(
  reply: FastifyReply,
  db: Db,
  id: string,
  basedOn: number | undefined,
  step: Step,
  extra?: () => Record<string, unknown>,
) {
  const result = await writeRevision(db, id, basedOn, step);
  if (result.status === "missing") throw notFound(`no plan "${id}"`, "id");
  if (result.status === "stale")
    throw new ApiError(409, {
      code: "stale_revision",
      message: `the plan has changed since revision ${basedOn}: it is at revision ${result.currentRevision} now`,
      field: "revision",
      currentRevision: result.currentRevision,
    });
  return sendPlan(reply, result.record, 200, extra?.());
}

/**
 * An engine change as the next revision (undefined when the engine gave the plan back as it
 * was), or its refusal as a 400 naming the field.
 */
export function fromEngine(
  current: Plan,
  result: Result<Plan, SteerIssue>,
): NewRevision | undefined {
  if (!result.ok) throw invalid(result.error.field, result.error.message);
  if (result.value === current) return undefined;
  const changes = result.value.changes ?? [];
  return {
    plan: result.value,
    kind: changes[0]?.kind ?? "edit",
    summary: changes.map((c) => c.summary).join("; "),
  };
}

/** A workout the plan holds: ids that do not exist are a 404, not a refused change. */
export function requireWorkout(plan: Plan, workoutId: string): void {
  const found = plan.weeks.some((w) =>
    w.days.some((d) => d.workouts.some((x) => x.id === workoutId)),
  );
  if (!found) throw notFound(`no workout "${workoutId}" in this plan`, "workoutId");
}
