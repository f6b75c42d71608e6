import beginner5k from "../../../../examples/5k-beginner-no-history.json" with { type: "json" };
import trail100k from "../../../../examples/100k-trail-intermediate.json" with { type: "json" };
import mountain100mi from "../../../../examples/100mi-mountain-advanced.json" with { type: "json" };
import hmAnd50k from "../../../../examples/hm-and-50k.json" with { type: "json" };
import marathon from "../../../../examples/marathon-advanced.json" with { type: "json" };
import racesTooClose from "../../../../examples/two-a-races-too-close.json" with { type: "json" };
import { generatePlan } from "../generate.ts";
import type { Result } from "../result.ts";
import type { Plan, Workout } from "../schema/plan.ts";

/** Plans of the examples, as `cairn plan` makes them on 25 Nov 2026, for steering tests. */

export const examples: Record<string, unknown> = {
  "100k-trail-intermediate": trail100k,
  "100mi-mountain-advanced": mountain100mi,
  "5k-beginner-no-history": beginner5k,
  "hm-and-50k": hmAnd50k,
  "marathon-advanced": marathon,
  "two-a-races-too-close": racesTooClose,
};

export function examplePlan(name: string): Plan {
  return expectOk(generatePlan(examples[name], { today: "2026-11-25" }));
}

/** The value of a result a test expects to succeed; its issue otherwise, as the failure. */
export function expectOk<T>(result: Result<T, unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

export interface Placed {
  workout: Workout;
  date: string;
  weekIndex: number;
}

export function placedWorkouts(plan: Plan): Placed[] {
  return plan.weeks.flatMap((week, weekIndex) =>
    week.days.flatMap((day) =>
      day.workouts.map((workout) => ({ workout, date: day.date, weekIndex })),
    ),
  );
}

/** The first workout that passes `test`; a test that finds none fails. */
export function firstWorkout(plan: Plan, test: (w: Workout) => boolean): Placed {
  const found = placedWorkouts(plan).find((p) => test(p.workout));
  if (!found) throw new Error("no such workout in the plan");
  return found;
}

export function workoutById(plan: Plan, id: string): Workout {
  return firstWorkout(plan, (w) => w.id === id).workout;
}

/** The plan's JSON without the revision's bookkeeping: what an edit must not have touched. */
export const withoutRevision = (plan: Plan): string =>
  JSON.stringify({ ...plan, revision: undefined, changes: undefined });
