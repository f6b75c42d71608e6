import { type Zippable, zipSync } from "fflate";
import type { Plan, Workout } from "../schema/plan.ts";
import { slug } from "./ascii.ts";
import { hasFitWorkout, workoutToFit } from "./fit-workout.ts";
import { planKey } from "./plan-key.ts";

/** One FIT workout file of a plan, named for the day and the workout. */
export interface FitFile {
  name: string; // "2027-05-25-cruise-intervals-3x10-min-2-min.fit"
  date: string;
  workout: Workout;
  data: Uint8Array;
}

/** Every running workout of the plan (or of the weeks it holds) as a FIT workout file. */
export function planFitFiles(plan: Plan): FitFile[] {
  const key = planKey(plan);
  const taken = new Set<string>();
  return plan.weeks.flatMap((week) =>
    week.days.flatMap((day) =>
      day.workouts.filter(hasFitWorkout).map((workout) => ({
        name: uniqueName(`${day.date}-${slug(workout.title) || workout.type}`, taken),
        date: day.date,
        workout,
        data: workoutToFit(workout, day.date, key),
      })),
    ),
  );
}

/** The plan's FIT workout files in one zip, in date order, written by fflate. */
export function planToFitZip(plan: Plan): Uint8Array {
  const entries: Zippable = {};
  for (const file of planFitFiles(plan))
    entries[file.name] = [file.data, { mtime: localNoon(file.date) }];
  return zipSync(entries);
}

/** Two runs of one day with the same title get "-2", "-3" … */
function uniqueName(base: string, taken: Set<string>): string {
  let name = `${base}.fit`;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}.fit`;
  taken.add(name);
  return name;
}

/**
 * A zip stores local wall-clock times, with no zone: noon of the workout's day in the
 * zipping machine's own time keeps the shown date right and the bytes the same everywhere.
 */
function localNoon(iso: string): Date {
  return new Date(
    Number(iso.slice(0, 4)),
    Number(iso.slice(5, 7)) - 1,
    Number(iso.slice(8, 10)),
    12,
  );
}
