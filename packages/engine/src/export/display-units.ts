import { distance, vert } from "../render/format.ts";
import type { Plan, SimpleStep, Step, Workout } from "../schema/plan.ts";

/**
 * The plan with its sentences in the scenario's units. The engine writes its `why`s, notes
 * and warnings in metric ("1544 m of climbing", a race step's "21.1 km"); an imperial
 * runner's calendar, sheet or page reads them in miles and feet. Titles keep their track
 * distances ("800 m"), as runners name those reps in metres everywhere, but not kilometres
 * ("2 × 3 km" at half-marathon pace); the numbers of the plan itself stay metric: only text
 * changes.
 */
export function inDisplayUnits(plan: Plan): Plan {
  if (plan.scenario.units !== "imperial") return plan;
  return {
    ...plan,
    warnings: plan.warnings.map((w) => ({ ...w, message: imperialText(w.message) })),
    weeks: plan.weeks.map((week) => ({
      ...week,
      why: imperialText(week.why),
      days: week.days.map((day) => ({ ...day, workouts: day.workouts.map(imperialWorkout) })),
    })),
  };
}

function imperialWorkout(workout: Workout): Workout {
  return {
    ...workout,
    title: milesFor(workout.title),
    ...(workout.why === undefined ? {} : { why: imperialText(workout.why) }),
    notes: workout.notes.map(imperialText),
    steps: workout.steps.map(
      (step): Step =>
        step.kind === "repeat"
          ? { ...step, steps: step.steps.map(imperialLabel) }
          : imperialLabel(step),
    ),
  };
}

/** A step's label names a distance to run: kilometres become miles, track metres stay. */
function imperialLabel(step: SimpleStep): SimpleStep {
  return step.label === undefined ? step : { ...step, label: milesFor(step.label) };
}

const kilometres = /\b(\d+(?:\.\d+)?) km\b/g;
const metres = /\b(\d+(?:\.\d+)?) m\b/g;

const milesFor = (text: string): string =>
  text.replace(kilometres, (_, km: string) => distance(Number(km), "imperial"));

/** In the engine's sentences a bare metre figure is always climbing: feet. */
export const imperialText = (text: string): string =>
  milesFor(text).replace(metres, (_, m: string) => vert(Number(m), "imperial"));
