import type { Units } from "../format/units.ts";
import { type Draft, emptyGoal, type GoalDraft } from "./draft.ts";
import { GoalRow } from "./GoalRow.tsx";
import { useProblem } from "./validation-context.tsx";

const maxGoals = 8;

/** The season's races: one plan serves them all. */
export function GoalsSection({
  goals,
  units,
  onChange,
}: {
  goals: Draft["goals"];
  units: Units;
  onChange(goals: GoalDraft[]): void;
}) {
  const { problem } = useProblem("goals");
  const listProblem = problem && !goals.length ? problem : undefined;
  return (
    <section className="setup-section" aria-labelledby="goals-title">
      <h2 id="goals-title">Goals</h2>
      <p className="muted">
        Every race of the season, in any order. One plan serves them all: A races get a peak and a
        taper, B races a short taper, C races stand in for a week's key session.
      </p>
      {goals.map((goal, i) => (
        <GoalRow
          key={goal.key}
          goal={goal}
          index={i}
          units={units}
          onChange={(next) => onChange(goals.map((g) => (g.key === goal.key ? next : g)))}
          onRemove={
            goals.length > 1 ? () => onChange(goals.filter((g) => g.key !== goal.key)) : undefined
          }
        />
      ))}
      {listProblem && <p className="field-problem">{listProblem}</p>}
      {goals.length < maxGoals && (
        <button
          type="button"
          className="button"
          onClick={() => onChange([...goals, emptyGoal("B")])}
        >
          Add a race
        </button>
      )}
    </section>
  );
}
