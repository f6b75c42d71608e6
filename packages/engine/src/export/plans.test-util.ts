import hmAnd50k from "../../../../examples/hm-and-50k.json" with { type: "json" };
import { generatePlan } from "../generate.ts";
import type { Plan, Workout } from "../schema/plan.ts";
import { expectOk } from "../steer/plans.test-util.ts";

/** The HM + 50K example with its ultra renamed to a non-ASCII name, for export tests. */
export const zurichScenario = {
  ...hmAnd50k,
  goals: hmAnd50k.goals.map((goal) =>
    goal.id === "ultra" ? { ...goal, name: "Zürich Trail 50K" } : goal,
  ),
};

export const zurichPlan: Plan = expectOk(generatePlan(zurichScenario, { today: "2026-11-25" }));

export interface DatedWorkout {
  date: string;
  workout: Workout;
}

export const datedWorkouts = (plan: Plan): DatedWorkout[] =>
  plan.weeks.flatMap((week) =>
    week.days.flatMap((day) => day.workouts.map((workout) => ({ date: day.date, workout }))),
  );
