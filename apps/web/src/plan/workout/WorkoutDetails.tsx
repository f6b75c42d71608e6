import type { Workout } from "@cairn/engine";
import { WorkoutSteps } from "./WorkoutSteps.tsx";

/** The workout's structure, notes and reason, folded away until asked for. */
export function WorkoutDetails({ workout }: { workout: Workout }) {
  const hasSteps = workout.steps.length > 0;
  if (!hasSteps && workout.notes.length === 0 && !workout.why) return null;
  const what =
    [hasSteps ? "Steps" : "", workout.why ? "why" : ""].filter(Boolean).join(" and ") || "Notes";
  return (
    <details className="workout-details">
      <summary>{what.charAt(0).toUpperCase() + what.slice(1)}</summary>
      {hasSteps && <WorkoutSteps steps={workout.steps} />}
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
    </details>
  );
}
