import { newKey, type UnavailableDraft } from "./draft.ts";
import { FormField } from "./FormField.tsx";

/** Days away: travel, work, family. No running is planned in them. */
export function UnavailableList({
  ranges,
  onChange,
}: {
  ranges: UnavailableDraft[];
  onChange(ranges: UnavailableDraft[]): void;
}) {
  const update = (key: string, patch: Partial<UnavailableDraft>) =>
    onChange(ranges.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <div className="unavailable">
      <h3>Days away</h3>
      {ranges.length === 0 && <p className="muted">None: every week is open.</p>}
      {ranges.map((r, i) => (
        <div key={r.key} className="range-row">
          <FormField label={`Away ${i + 1}: from`} path={`constraints.unavailable.${i}`}>
            {(p) => (
              <input
                {...p}
                type="date"
                value={r.from}
                onChange={(e) => update(r.key, { from: e.target.value })}
              />
            )}
          </FormField>
          <FormField label="to" path={`constraints.unavailable.${i}.to`}>
            {(p) => (
              <input
                {...p}
                type="date"
                value={r.to}
                onChange={(e) => update(r.key, { to: e.target.value })}
              />
            )}
          </FormField>
          <button
            type="button"
            className="link-button"
            onClick={() => onChange(ranges.filter((x) => x.key !== r.key))}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button small"
        onClick={() => onChange([...ranges, { key: newKey(), from: "", to: "" }])}
      >
        Add days away
      </button>
    </div>
  );
}
