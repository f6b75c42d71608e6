import { isRealIsoDate } from "../dates.ts";
import { err, ok, type Result } from "../result.ts";
import type { Plan, Workout } from "../schema/plan.ts";
import type { SteerIssue } from "./scope.ts";

/** Where a day sits in the plan: its week and its place in the week. */
export interface DayAt {
  weekIndex: number;
  dayIndex: number;
  date: string;
}

/** Where a workout sits in the plan, and the workout. */
export interface WorkoutAt extends DayAt {
  workoutIndex: number;
  workout: Workout;
}

/** The workout with this id, or an issue naming `workoutId`. */
export function findWorkout(plan: Plan, workoutId: string): Result<WorkoutAt, SteerIssue> {
  for (const [weekIndex, week] of plan.weeks.entries()) {
    for (const [dayIndex, day] of week.days.entries()) {
      const workoutIndex = day.workouts.findIndex((w) => w.id === workoutId);
      const workout = day.workouts[workoutIndex];
      if (workout) return ok({ weekIndex, dayIndex, date: day.date, workoutIndex, workout });
    }
  }
  return err({ field: "workoutId", message: `no workout "${workoutId}" in this plan` });
}

/** The day of this date, or an issue naming `field` when it is no date or not in the plan. */
export function findDay(plan: Plan, date: string, field: string): Result<DayAt, SteerIssue> {
  if (!isRealIsoDate(date))
    return err({ field, message: `"${date}" is not a real date written YYYY-MM-DD` });
  for (const [weekIndex, week] of plan.weeks.entries()) {
    const dayIndex = week.days.findIndex((d) => d.date === date);
    if (dayIndex >= 0) return ok({ weekIndex, dayIndex, date });
  }
  return err({
    field,
    message: `${date} is outside the plan (${plan.startDate} to ${plan.endDate})`,
  });
}

/**
 * The workout with this id, when the runner may move, change or delete it. The race is the
 * goal's (its date and distance come from the scenario), and a rest day is the absence of a
 * workout: add one instead.
 */
export function findEditable(plan: Plan, workoutId: string): Result<WorkoutAt, SteerIssue> {
  const found = findWorkout(plan, workoutId);
  if (!found.ok) return found;
  const { type } = found.value.workout;
  if (type === "race")
    return err({
      field: "workoutId",
      message: `"${workoutId}" is a race: its date and distance come from the goal`,
    });
  if (type === "rest")
    return err({
      field: "workoutId",
      message: `"${workoutId}" is a rest day: add a workout on ${found.value.date} instead`,
    });
  return found;
}

/** Every workout id of the plan. */
export function workoutIds(plan: Plan): Set<string> {
  return new Set(plan.weeks.flatMap((w) => w.days.flatMap((d) => d.workouts.map((x) => x.id))));
}

/**
 * An id for a new workout on `date`, in the plan's `YYYY-MM-DD-N` form, that none of `taken`
 * holds: pass the ids of the plan before the edit, so a workout that was just moved or deleted
 * never lends its id to another in the same revision's change list.
 */
export function freshId(date: string, taken: ReadonlySet<string>): string {
  let n = 1;
  while (taken.has(`${date}-${n}`)) n++;
  return `${date}-${n}`;
}

/** The plan with one day's workouts replaced; every other object is shared, untouched. */
export function withDayWorkouts(plan: Plan, at: DayAt, workouts: Workout[]): Plan {
  return {
    ...plan,
    weeks: plan.weeks.map((week, i) =>
      i !== at.weekIndex
        ? week
        : {
            ...week,
            days: week.days.map((day, j) => (j === at.dayIndex ? { ...day, workouts } : day)),
          },
    ),
  };
}

/** The workouts of a day, as the plan holds them. */
export function workoutsOn(plan: Plan, at: DayAt): Workout[] {
  return plan.weeks[at.weekIndex]?.days[at.dayIndex]?.workouts ?? [];
}
