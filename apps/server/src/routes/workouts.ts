import {
  addWorkout,
  deleteWorkout,
  editWorkout,
  lockWorkout,
  moveWorkout,
  type Plan,
  type Result,
  type SteerIssue,
  type Workout,
  type WorkoutEdit,
} from "@cairn/engine";
import { z } from "zod";
import { invalid } from "../http/errors.ts";
import type { Api, RouteContext } from "./context.ts";
import {
  basedOn,
  isoDate,
  planParams,
  planResponse,
  workoutParams,
  writeErrors,
} from "./schemas.ts";
import { answerWrite, fromEngine, requireWorkout } from "./write.ts";

const tags = ["workouts"];
const response = { 200: planResponse, ...writeErrors };
// The engine checks the type against its library and names the field when it is not one.
const workoutType = z.string().min(1).max(40).describe("A workout type: easy, long, tempo, …");
const minutes = z.number().min(0).max(1440);

/** The runner's own changes to workouts. */
export function workoutRoutes(api: Api, { db }: RouteContext): void {
  /** A route whose change is one engine call on the plan, with the workout id checked first. */
  function onWorkout<Body extends z.ZodType<{ revision: number }>>(
    path: string,
    summary: string,
    body: Body,
    change: (plan: Plan, workoutId: string, input: z.output<Body>) => Result<Plan, SteerIssue>,
  ) {
    api.post(
      `/api/plans/:id/workouts/:workoutId/${path}`,
      { schema: { tags, summary, params: workoutParams, body, response } },
      async (request, reply) => {
        const { id, workoutId } = request.params;
        const input = request.body as z.output<Body>;
        return answerWrite(reply, db, id, input.revision, (plan) => {
          requireWorkout(plan, workoutId);
          return fromEngine(plan, change(plan, workoutId, input));
        });
      },
    );
  }

  onWorkout(
    "lock",
    "Lock a workout so regeneration and re-planning keep it, or unlock it",
    z.strictObject({ locked: z.boolean(), revision: basedOn }),
    (plan, workoutId, body) => lockWorkout(plan, workoutId, body.locked),
  );
  onWorkout(
    "move",
    "Move a workout to another day of the plan",
    z.strictObject({ toDate: isoDate, revision: basedOn }),
    (plan, workoutId, body) => moveWorkout(plan, workoutId, body.toDate),
  );
  onWorkout(
    "edit",
    "Change a workout's minutes or type",
    z.strictObject({
      durationMin: minutes.optional(),
      type: workoutType.optional(),
      revision: basedOn,
    }),
    (plan, workoutId, body) => editWorkout(plan, workoutId, editOf(body)),
  );

  api.delete(
    "/api/plans/:id/workouts/:workoutId",
    {
      schema: {
        tags,
        summary: "Delete a workout (the revision in the body or the query)",
        params: workoutParams,
        querystring: z.strictObject({ revision: z.coerce.number().int().min(0).optional() }),
        body: z.strictObject({ revision: basedOn }).nullish(),
        response,
      },
    },
    async (request, reply) => {
      const { id, workoutId } = request.params;
      const revision = request.body?.revision ?? request.query.revision;
      if (revision === undefined)
        throw invalid("revision", "revision: the revision this change is based on is required");
      return answerWrite(reply, db, id, revision, (plan) => {
        requireWorkout(plan, workoutId);
        return fromEngine(plan, deleteWorkout(plan, workoutId));
      });
    },
  );

  api.post(
    "/api/plans/:id/workouts",
    {
      schema: {
        tags,
        summary: "Add a workout on a day of the plan",
        params: planParams,
        body: z.strictObject({
          date: isoDate,
          type: workoutType,
          durationMin: minutes,
          revision: basedOn,
        }),
        response,
      },
    },
    async (request, reply) => {
      const { date, type, durationMin, revision } = request.body;
      const workout = { type: type as Workout["type"], durationMin };
      return answerWrite(reply, db, request.params.id, revision, (plan) =>
        fromEngine(plan, addWorkout(plan, date, workout)),
      );
    },
  );
}

/** The edit as the engine takes it: only the fields given. */
function editOf(body: {
  durationMin?: number | undefined;
  type?: string | undefined;
}): WorkoutEdit {
  const edit: WorkoutEdit = {};
  if (body.durationMin !== undefined) edit.durationMin = body.durationMin;
  if (body.type !== undefined) edit.type = body.type as Workout["type"];
  return edit;
}
