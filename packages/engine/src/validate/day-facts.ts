import type { Day, Workout } from "../schema/plan.ts";
import { type Amounts, addWorkout, isRunning, noAmounts } from "./amounts.ts";
import { workoutLoad } from "./load.ts";

/** The facts of one day, and the back-to-backs that pair adjacent days. */

/** A workout with its JSON path, its day counted from the plan's start and its date. */
export interface WorkoutAt {
  workout: Workout;
  path: string;
  day: number;
  date: string;
}

export interface DayFacts {
  index: number;
  weekIndex: number;
  date: string;
  path: string;
  workouts: WorkoutAt[];
  /** Every workout, the race included. */
  all: Amounts;
  /** Every workout but races. */
  training: Amounts;
  /** At least one running workout, the race included. */
  isRunDay: boolean;
  /** Longest running workout, the race included (what LR-1 remembers). */
  longestRunMin: number;
  /** The day's first workout of hard intensity, of any type. */
  hard: WorkoutAt | undefined;
  /** The day's longest `long` workout. */
  long: WorkoutAt | undefined;
  mediumLong: WorkoutAt | undefined;
  race: WorkoutAt | undefined;
}

/** A `long` and a `medium-long` on adjacent days. */
export interface BackToBack {
  long: WorkoutAt;
  mediumLong: WorkoutAt;
  firstDay: number;
  lastDay: number;
}

/** The longer of two workouts, either possibly absent. */
export const longer = (
  a: WorkoutAt | undefined,
  b: WorkoutAt | undefined,
): WorkoutAt | undefined =>
  a && b ? (b.workout.durationMin > a.workout.durationMin ? b : a) : (a ?? b);

export function dayFacts(day: Day, index: number, weekIndex: number): DayFacts {
  const path = `weeks[${weekIndex}].days[${index % 7}]`;
  const facts: DayFacts = {
    index,
    weekIndex,
    date: day.date,
    path,
    workouts: day.workouts.map((workout, i) => ({
      workout,
      path: `${path}.workouts[${i}]`,
      day: index,
      date: day.date,
    })),
    all: noAmounts(),
    training: noAmounts(),
    isRunDay: false,
    longestRunMin: 0,
    hard: undefined,
    long: undefined,
    mediumLong: undefined,
    race: undefined,
  };
  for (const at of facts.workouts) {
    const w = at.workout;
    const load = workoutLoad(w);
    addWorkout(facts.all, w, load);
    if (w.type === "race") facts.race ??= at;
    else addWorkout(facts.training, w, load);
    if (w.intensity === "hard") facts.hard ??= at;
    if (w.type === "long") facts.long = longer(facts.long, at);
    if (w.type === "medium-long") facts.mediumLong ??= at;
    if (isRunning(w)) {
      facts.isRunDay = true;
      facts.longestRunMin = Math.max(facts.longestRunMin, w.durationMin);
    }
  }
  return facts;
}

/**
 * The back-to-backs of one week: each long run paired with a medium-long the day after (LR-4).
 * A pair across two weeks is no weekend block.
 */
export function backToBacksOf(weekDays: readonly DayFacts[]): BackToBack[] {
  const pairs: BackToBack[] = [];
  weekDays.forEach((day, d) => {
    const next = weekDays[d + 1];
    if (!day.long || !next?.mediumLong) return;
    pairs.push({
      long: day.long,
      mediumLong: next.mediumLong,
      firstDay: day.index,
      lastDay: next.index,
    });
  });
  return pairs;
}
