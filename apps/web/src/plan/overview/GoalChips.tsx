import { longDate, relativeDays } from "../../format/dates.ts";
import { formatDistance, formatVert } from "../../format/units.ts";
import { cssVars } from "../../ui/css-vars.ts";
import { usePlanView } from "../plan-view.tsx";

const modeNames = { peak: "peak", "b-race": "B race", "training-race": "training race" } as const;

/** Each goal as a chip: its colour, priority, distance, date and how far away it is. */
export function GoalChips() {
  const { plan, looks, units, today } = usePlanView();
  return (
    <ul className="goal-chips" aria-label="Goals">
      {looks.map((look) => {
        const goal = plan.goals.find((g) => g.id === look.id);
        if (!goal) return null;
        return (
          <li key={look.id} className="goal-chip" style={cssVars({ "--goal": look.color })}>
            <span className="priority" title={`Priority ${goal.priority}`}>
              {goal.priority}
            </span>
            <span className="goal-text">
              <strong>{look.name}</strong>
              <span className="muted">
                {formatDistance(goal.distanceKm, units)} {goal.surface}
                {goal.elevationGainM > 0 ? ` · ${formatVert(goal.elevationGainM, units)} up` : ""} ·{" "}
                {modeNames[goal.mode]}
              </span>
              <span>
                {longDate(goal.date)} · {relativeDays(today, goal.date)}
              </span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
