import { contributionOf } from "../contribution/contribution.ts";
import type { Plan, Workout } from "../schema/plan.ts";
import type { Change } from "../schema/revision.ts";
import { restWorkout } from "../workouts/to-days.ts";
import { withEditWarnings } from "./edit-warnings.ts";
import { retotalWeek } from "./retotal.ts";
import { revise } from "./revision.ts";

/** A workout as the runner set it on `date`: locked, so regeneration keeps it, and shared out among the goals. */
export function owned(workout: Workout, date: string, plan: Plan): Workout {
  return { ...workout, locked: true, contribution: contributionOf(workout, date, plan.goals) };
}

/** A day's workouts with one more: a day that holds a workout is no rest day any more. */
export function placedOn(workouts: readonly Workout[], workout: Workout): Workout[] {
  return [...workouts.filter((w) => w.type !== "rest"), workout];
}

/**
 * A day's workouts without one. A day left empty gets a rest workout with id `restId`
 * (PLAN-FORMAT.md: a day with no running carries one), locked when `keepFree` says the runner
 * wants that day free.
 */
export function leftWithout(
  workouts: readonly Workout[],
  workoutId: string,
  at: { date: string; restId: string; keepFree: boolean },
  plan: Plan,
): Workout[] {
  const left = workouts.filter((w) => w.id !== workoutId);
  if (left.length > 0) return left;
  const rest = restWorkout(at.restId, {});
  return [{ ...owned(rest, at.date, plan), locked: at.keepFree }];
}

/**
 * After an edit: the edited weeks' totals and goal split read again from their days, the
 * edit warnings read afresh from the whole plan, and the edit recorded as the next revision.
 */
export function settle(plan: Plan, weekIndexes: readonly number[], change: Change): Plan {
  const weeks = [...new Set(weekIndexes)].sort((a, b) => a - b);
  const goalIds = plan.goals.map((g) => g.id);
  const retotalled: Plan = {
    ...plan,
    weeks: plan.weeks.map((w, i) => (weeks.includes(i) ? retotalWeek(w, goalIds) : w)),
  };
  return revise(withEditWarnings(retotalled, weeks), [{ ...change, weekIndexes: weeks }]);
}
