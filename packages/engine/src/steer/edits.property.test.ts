import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse.ts";
import type { Result } from "../result.ts";
import type { Plan } from "../schema/plan.ts";
import { validatePlan } from "../validate/validate.ts";
import { weekTotals } from "../week-totals.ts";
import { addWorkout } from "./add.ts";
import { deleteWorkout, editWorkout } from "./edit.ts";
import { lockWorkout } from "./lock.ts";
import { logDay } from "./log.ts";
import { moveWorkout } from "./move.ts";
import { examplePlan, examples, placedWorkouts } from "./plans.test-util.ts";
import type { SteerIssue } from "./scope.ts";
import { shapeableTypes } from "./workout-shape.ts";

/** Any type a caller might send, the refused ones included. */
const anyType = fc.constantFrom(...shapeableTypes, "race", "rest");
const minutes = fc.integer({ min: 0, max: 400 });

/** One edit, its workout and day picked by index into the plan as it stands. */
const operation = fc.oneof(
  fc.record({ kind: fc.constant("lock"), pick: fc.nat(), locked: fc.boolean() }),
  fc.record({ kind: fc.constant("move"), pick: fc.nat(), day: fc.nat() }),
  fc.record({
    kind: fc.constant("edit"),
    pick: fc.nat(),
    edit: fc.record({ durationMin: minutes, type: anyType }, { requiredKeys: [] }),
  }),
  fc.record({ kind: fc.constant("delete"), pick: fc.nat() }),
  fc.record({ kind: fc.constant("add"), day: fc.nat(), type: anyType, durationMin: minutes }),
  fc.record({
    kind: fc.constant("log"),
    day: fc.nat(),
    entry: fc.record(
      {
        status: fc.constantFrom("done", "partial", "missed", "extra"),
        minutes,
        rpe: fc.integer({ min: 1, max: 10 }),
      },
      { requiredKeys: ["status"] },
    ),
  }),
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

function apply(plan: Plan, op: Operation): Result<Plan, SteerIssue> {
  const workouts = placedWorkouts(plan);
  const dates = plan.weeks.flatMap((w) => w.days.map((d) => d.date));
  const id = "pick" in op ? (workouts[op.pick % workouts.length]?.workout.id ?? "") : "";
  const date = "day" in op ? (dates[op.day % dates.length] ?? "") : "";
  switch (op.kind) {
    case "lock":
      return lockWorkout(plan, id, op.locked);
    case "move":
      return moveWorkout(plan, id, date);
    case "edit":
      return editWorkout(plan, id, op.edit);
    case "delete":
      return deleteWorkout(plan, id);
    case "add":
      return addWorkout(plan, date, { type: op.type, durationMin: op.durationMin });
    case "log":
      return logDay(plan, { date, ...op.entry });
  }
}

const plans = new Map(Object.keys(examples).map((name) => [name, examplePlan(name)]));

describe("random edits of a generated plan", () => {
  it("always give a plan of the format whose week totals are its workouts' sums", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...plans.keys()),
        fc.array(operation, { minLength: 1, maxLength: 5 }),
        (name, operations) => {
          const start = plans.get(name) as Plan;
          const before = JSON.stringify(start);
          let plan = start;
          for (const op of operations) {
            const result = apply(plan, op);
            if (!result.ok) {
              expect(result.error).toEqual({
                field: expect.any(String),
                message: expect.any(String),
              });
              continue;
            }
            expect(result.value.revision ?? 0).toBeGreaterThanOrEqual(plan.revision ?? 0);
            plan = result.value;
          }
          expect(parsePlan(JSON.parse(JSON.stringify(plan))).ok).toBe(true);
          for (const week of plan.weeks) expect(week.totals).toEqual(weekTotals(week.days));
          const ids = placedWorkouts(plan).map((p) => p.workout.id);
          expect(new Set(ids).size).toBe(ids.length);
          // Zones add up, shares sum to 1, totals agree: edits keep the format's own rules.
          expect(validatePlan(plan).filter((f) => f.rule.startsWith("FMT"))).toEqual([]);
          expect(JSON.stringify(start)).toBe(before);
        },
      ),
      { numRuns: 80, seed: 20261125 },
    );
  }, 120_000);
});
