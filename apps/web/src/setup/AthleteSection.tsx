import { useId } from "react";
import { kmFrom, kmTo, type Units } from "../format/units.ts";
import { UnitsToggle } from "../ui/UnitsToggle.tsx";
import type { Draft, Level } from "./draft.ts";
import { FormField } from "./FormField.tsx";
import { presetOf, racePresets } from "./race-distances.ts";

type Athlete = Draft["athlete"];

/** Who runs: level, a recent race for paces, heart rates for zones. */
export function AthleteSection({
  athlete,
  units,
  onChange,
}: {
  athlete: Athlete;
  units: Units;
  onChange(athlete: Athlete): void;
}) {
  const ids = useId();
  const update = (patch: Partial<Athlete>) => onChange({ ...athlete, ...patch });
  const raceKm = kmFrom(Number(athlete.raceDistance), units);
  const preset = athlete.raceDistance.trim() ? (presetOf(raceKm)?.id ?? "custom") : "";
  return (
    <section className="setup-section" aria-labelledby="athlete-title">
      <h2 id="athlete-title">You</h2>
      <div className="units-choice">
        <span>Distances, paces and climbing in</span>
        <UnitsToggle />
      </div>
      <div className="field-grid">
        <FormField label="Name (optional)" path="athlete.name">
          {(p) => (
            <input {...p} value={athlete.name} onChange={(e) => update({ name: e.target.value })} />
          )}
        </FormField>
        <FormField
          label="Level"
          path="athlete.level"
          hint="Left blank, it is read from your history."
        >
          {(p) => (
            <select
              {...p}
              value={athlete.level}
              onChange={(e) => update({ level: e.target.value as Level })}
            >
              <option value="">From my history</option>
              <option value="beginner">Beginner</option>
              <option value="intermediate">Intermediate</option>
              <option value="advanced">Advanced</option>
            </select>
          )}
        </FormField>
        <FormField
          label="Birth year (optional)"
          path="athlete.birthYear"
          hint="From 50, cutbacks come every third week."
        >
          {(p) => (
            <input
              {...p}
              inputMode="numeric"
              value={athlete.birthYear}
              onChange={(e) => update({ birthYear: e.target.value })}
            />
          )}
        </FormField>
      </div>
      <h3>A recent race</h3>
      <p className="muted">
        Sets your training paces (VDOT). Any distance from 5K up, run in the last few months.
      </p>
      <div className="field-grid">
        <div className="field">
          <label htmlFor={`${ids}-race-preset`}>Race</label>
          <select
            id={`${ids}-race-preset`}
            value={preset}
            onChange={(e) => {
              const chosen = racePresets.find((p) => p.id === e.target.value);
              update({ raceDistance: chosen ? String(kmTo(chosen.km, units)) : "" });
            }}
          >
            <option value="">None</option>
            {racePresets.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
            <option value="custom" disabled>
              Other (type the distance)
            </option>
          </select>
        </div>
        <FormField label={`Distance in ${units}`} path="athlete.recentRace.distanceKm">
          {(p) => (
            <input
              {...p}
              inputMode="decimal"
              value={athlete.raceDistance}
              onChange={(e) => update({ raceDistance: e.target.value })}
            />
          )}
        </FormField>
        <FormField label="Time" path="athlete.recentRace.timeMin" hint="h:mm:ss, e.g. 1:45:30">
          {(p) => (
            <input
              {...p}
              placeholder="h:mm:ss"
              value={athlete.raceTime}
              onChange={(e) => update({ raceTime: e.target.value })}
            />
          )}
        </FormField>
        <FormField label="Date (optional)" path="athlete.recentRace.date">
          {(p) => (
            <input
              {...p}
              type="date"
              value={athlete.raceDate}
              onChange={(e) => update({ raceDate: e.target.value })}
            />
          )}
        </FormField>
      </div>
      <h3>Heart rate (optional)</h3>
      <div className="field-grid">
        <FormField
          label="Lactate threshold HR (bpm)"
          path="athlete.lthr"
          hint="Zones by Friel's % of LTHR."
        >
          {(p) => (
            <input
              {...p}
              inputMode="numeric"
              value={athlete.lthr}
              onChange={(e) => update({ lthr: e.target.value })}
            />
          )}
        </FormField>
        <FormField label="Max HR (bpm)" path="athlete.maxHr" hint="Used when there is no LTHR.">
          {(p) => (
            <input
              {...p}
              inputMode="numeric"
              value={athlete.maxHr}
              onChange={(e) => update({ maxHr: e.target.value })}
            />
          )}
        </FormField>
      </div>
    </section>
  );
}
