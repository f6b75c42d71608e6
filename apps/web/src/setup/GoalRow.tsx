import { useId } from "react";
import { kmFrom, kmTo, type Units, vertUnit } from "../format/units.ts";
import type { GoalDraft, Priority, Surface } from "./draft.ts";
import { FormField } from "./FormField.tsx";
import { presetOf, racePresets } from "./race-distances.ts";

const priorities: { value: Priority; text: string }[] = [
  { value: "A", text: "A: peak for it" },
  { value: "B", text: "B: a short taper" },
  { value: "C", text: "C: a training race" },
];

/** One race: name, date, distance (a preset or typed), surface, climbing, priority. */
export function GoalRow({
  goal,
  index,
  units,
  onChange,
  onRemove,
}: {
  goal: GoalDraft;
  index: number;
  units: Units;
  onChange(goal: GoalDraft): void;
  onRemove: (() => void) | undefined;
}) {
  const ids = useId();
  const path = `goals.${index}`;
  const update = (patch: Partial<GoalDraft>) => onChange({ ...goal, ...patch });
  const typedKm = kmFrom(Number(goal.distance), units);
  const preset = goal.distance.trim() ? (presetOf(typedKm)?.id ?? "custom") : "";
  return (
    <fieldset className="goal-row panel">
      <legend>
        Goal {index + 1}
        {goal.name ? `: ${goal.name}` : ""}
      </legend>
      <div className="field-grid">
        <FormField label="Race name" path={`${path}.name`}>
          {(p) => (
            <input {...p} value={goal.name} onChange={(e) => update({ name: e.target.value })} />
          )}
        </FormField>
        <FormField label="Race date" path={`${path}.date`}>
          {(p) => (
            <input
              {...p}
              type="date"
              value={goal.date}
              onChange={(e) => update({ date: e.target.value })}
            />
          )}
        </FormField>
        <div className="field">
          <label htmlFor={`${ids}-preset`}>Distance</label>
          <select
            id={`${ids}-preset`}
            value={preset}
            onChange={(e) => {
              const chosen = racePresets.find((p) => p.id === e.target.value);
              if (chosen) update({ distance: String(kmTo(chosen.km, units)) });
            }}
          >
            <option value="" disabled>
              Choose…
            </option>
            {racePresets.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
            <option value="custom">Other (type it)</option>
          </select>
        </div>
        <FormField label={`Distance in ${units}`} path={`${path}.distanceKm`}>
          {(p) => (
            <input
              {...p}
              inputMode="decimal"
              value={goal.distance}
              onChange={(e) => update({ distance: e.target.value })}
            />
          )}
        </FormField>
        <FormField label="Surface" path={`${path}.surface`}>
          {(p) => (
            <select
              {...p}
              value={goal.surface}
              onChange={(e) => update({ surface: e.target.value as Surface })}
            >
              <option value="road">Road</option>
              <option value="trail">Trail</option>
              <option value="mountain">Mountain</option>
            </select>
          )}
        </FormField>
        <FormField label={`Climbing (${vertUnit(units)})`} path={`${path}.elevationGainM`}>
          {(p) => (
            <input
              {...p}
              inputMode="numeric"
              value={goal.vert}
              onChange={(e) => update({ vert: e.target.value })}
            />
          )}
        </FormField>
      </div>
      <fieldset className="priority-choice">
        <legend>Priority</legend>
        {priorities.map((p) => (
          <label key={p.value} className="radio">
            <input
              type="radio"
              name={`${ids}-priority`}
              value={p.value}
              checked={goal.priority === p.value}
              onChange={() => update({ priority: p.value })}
            />
            {p.text}
          </label>
        ))}
      </fieldset>
      {onRemove && (
        <button type="button" className="link-button remove" onClick={onRemove}>
          Remove goal {index + 1}
        </button>
      )}
    </fieldset>
  );
}
