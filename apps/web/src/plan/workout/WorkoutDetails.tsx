import type { Workout } from "@cairn/engine";
import { useState } from "react";
import { WorkoutAdjust } from "./WorkoutAdjust.tsx";
import { WorkoutSteps } from "./WorkoutSteps.tsx";

/** Where a workout sits: its day and the days of its week (to move it to). */
export interface WorkoutPlace {
  date: string;
  weekDates: readonly string[];
}

/** The workout's structure, notes and reason, and ways to change it, folded away until asked for. */
export function WorkoutDetails({ workout, place }: { workout: Workout; place: WorkoutPlace }) {
  const [open, setOpen] = useState(false);
  const hasSteps = workout.steps.length > 0;
  const what = [hasSteps ? "Steps" : "", workout.why ? "why" : ""].filter(Boolean).join(" and ");
  const label = what
    ? what.charAt(0).toUpperCase() + what.slice(1)
    : workout.notes.length > 0
      ? "Notes"
      : "Change";
  return (
    <details className="workout-details" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{label}</summary>
      {open && <Contents workout={workout} place={place} />}
    </details>
  );
}

/** Rendered once opened: a week shows many cards, most never unfolded. */
function Contents({ workout, place }: { workout: Workout; place: WorkoutPlace }) {
  return (
    <>
      {workout.steps.length > 0 && <WorkoutSteps steps={workout.steps} />}
      {workout.notes.length > 0 && (
        <ul className="workout-notes">
          {workout.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {workout.why && (
        <p className="workout-why">
          <strong>Why: </strong>
          {workout.why}
        </p>
      )}
      {workout.type !== "race" && <WorkoutAdjust workout={workout} {...place} />}
    </>
  );
}
