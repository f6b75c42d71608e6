import type { Workout } from "@cairn/engine";
import { usePlanView } from "../plan-view.tsx";

/** Keep this workout as it is when its day, week or phase is generated again. */
export function LockToggle({ workout }: { workout: Workout }) {
  const { write, writing } = usePlanView();
  const verb = workout.locked ? "Unlocked" : "Locked";
  return (
    <button
      type="button"
      className="lock-toggle"
      aria-pressed={workout.locked}
      aria-label={`Lock ${workout.title}`}
      title={
        workout.locked
          ? "Locked: kept when regenerating. Press to unlock."
          : "Lock: keep it when regenerating"
      }
      disabled={writing}
      onClick={() =>
        void write({
          action: { kind: "lock", workoutId: workout.id, locked: !workout.locked },
          done: `${verb} ${workout.title}.`,
        })
      }
    >
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
        <rect x="3" y="7" width="10" height="7" rx="1.5" fill="currentColor" />
        <path
          d={workout.locked ? "M5 7V5a3 3 0 0 1 6 0v2" : "M5 7V5a3 3 0 0 1 6 0"}
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
          transform={workout.locked ? undefined : "translate(3 -1)"}
        />
      </svg>
    </button>
  );
}
