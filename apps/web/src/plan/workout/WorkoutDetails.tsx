import type { Workout } from "@cairn/engine";
import { useState } from "react";
import { WorkoutSteps } from "./WorkoutSteps.tsx";

/** The workout's structure, notes and reason, folded away until asked for. */
export function WorkoutDetails({ workout }: { workout: Workout }) {
  const [open, setOpen] = useState(false);
  const hasSteps = workout.steps.length > 0;
  if (!hasSteps && workout.notes.length === 0 && !workout.why) return null;
  const what =
    [hasSteps ? "Steps" : "", workout.why ? "why" : ""].filter(Boolean).join(" and ") || "Notes";
  return (
    <details className="workout-details" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{what.charAt(0).toUpperCase() + what.slice(1)}</summary>
      {open && <Contents workout={workout} />}
    </details>
  );
}

/** Rendered once opened: a week shows many cards, most never unfolded. */
function Contents({ workout }: { workout: Workout }) {
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
    </>
  );
}
