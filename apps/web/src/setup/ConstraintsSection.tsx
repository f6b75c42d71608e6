import { type WeekdayKey, weekdayKeys, weekdayNames } from "../format/dates.ts";
import type { Draft } from "./draft.ts";
import { FormField } from "./FormField.tsx";
import { UnavailableList } from "./UnavailableList.tsx";
import { useProblem } from "./validation-context.tsx";

type Constraints = Draft["constraints"];

/** When the runner can train: days, caps, days away, strength work, and when to start. */
export function ConstraintsSection({
  constraints,
  startDate,
  onChange,
  onStartDate,
}: {
  constraints: Constraints;
  startDate: string;
  onChange(constraints: Constraints): void;
  onStartDate(date: string): void;
}) {
  const update = (patch: Partial<Constraints>) => onChange({ ...constraints, ...patch });
  const rest = useProblem("constraints.restDays");
  const toggleRest = (day: WeekdayKey, on: boolean) =>
    update({
      restDays: weekdayKeys.filter((d) => (d === day ? on : constraints.restDays.includes(d))),
    });
  return (
    <section className="setup-section" aria-labelledby="constraints-title">
      <h2 id="constraints-title">Your week</h2>
      <div className="field-grid">
        <FormField label="Start the plan on" path="startDate" hint="Blank: the next Monday.">
          {(p) => (
            <input
              {...p}
              type="date"
              value={startDate}
              onChange={(e) => onStartDate(e.target.value)}
            />
          )}
        </FormField>
        <FormField label="Run days a week" path="constraints.maxRunDaysPerWeek">
          {(p) => (
            <select
              {...p}
              value={constraints.maxRunDaysPerWeek}
              onChange={(e) => update({ maxRunDaysPerWeek: e.target.value })}
            >
              {[1, 2, 3, 4, 5, 6, 7].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label="Long-run day" path="constraints.longRunDay">
          {(p) => (
            <select
              {...p}
              value={constraints.longRunDay}
              onChange={(e) => update({ longRunDay: e.target.value as WeekdayKey | "" })}
            >
              <option value="">Any</option>
              {weekdayKeys.map((d, i) => (
                <option key={d} value={d}>
                  {weekdayNames[i]}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <fieldset
        className="weekday-choice"
        aria-describedby={rest.problem ? "rest-problem" : undefined}
      >
        <legend>Rest days (never a run)</legend>
        {weekdayKeys.map((d, i) => (
          <label key={d} className="check">
            <input
              type="checkbox"
              checked={constraints.restDays.includes(d)}
              onChange={(e) => toggleRest(d, e.target.checked)}
              onBlur={rest.touch}
            />
            {weekdayNames[i]}
          </label>
        ))}
      </fieldset>
      {rest.problem && (
        <p id="rest-problem" className="field-problem">
          {rest.problem}
        </p>
      )}
      <div className="field-grid">
        <FormField
          label="Longest long run (min)"
          path="constraints.maxLongRunMin"
          hint="Blank: as the race needs."
        >
          {(p) => (
            <input
              {...p}
              inputMode="numeric"
              value={constraints.maxLongRunMin}
              onChange={(e) => update({ maxLongRunMin: e.target.value })}
            />
          )}
        </FormField>
        <FormField
          label="Longest weekday run (min)"
          path="constraints.weekdayMaxMin"
          hint="Monday to Friday."
        >
          {(p) => (
            <input
              {...p}
              inputMode="numeric"
              value={constraints.weekdayMaxMin}
              onChange={(e) => update({ weekdayMaxMin: e.target.value })}
            />
          )}
        </FormField>
        <FormField
          label="Most minutes a week"
          path="constraints.maxWeeklyMin"
          hint="Blank: no cap."
        >
          {(p) => (
            <input
              {...p}
              inputMode="numeric"
              value={constraints.maxWeeklyMin}
              onChange={(e) => update({ maxWeeklyMin: e.target.value })}
            />
          )}
        </FormField>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={constraints.strength}
          onChange={(e) => update({ strength: e.target.checked })}
        />
        Strength and mobility sessions (recommended for trail and mountain races)
      </label>
      <UnavailableList
        ranges={constraints.unavailable}
        onChange={(unavailable) => update({ unavailable })}
      />
    </section>
  );
}
