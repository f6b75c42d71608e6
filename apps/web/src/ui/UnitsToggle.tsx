import type { Units } from "../format/units.ts";
import { useUnitsChoice } from "./units.tsx";

const choices: { units: Units; label: string }[] = [
  { units: "km", label: "km" },
  { units: "mi", label: "mi" },
];

/** Kilometres or miles for every distance, pace and climb on every page. */
export function UnitsToggle() {
  const { units, setUnits } = useUnitsChoice();
  return (
    <fieldset className="segmented units-toggle">
      <legend className="visually-hidden">Units</legend>
      {choices.map((c) => (
        <button
          key={c.units}
          type="button"
          aria-pressed={units === c.units}
          onClick={() => setUnits(c.units)}
          title={c.units === "km" ? "Kilometres" : "Miles"}
        >
          {c.label}
        </button>
      ))}
    </fieldset>
  );
}
