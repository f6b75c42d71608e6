import { type Example, examples } from "./examples.ts";

/** Start from one of the repository's examples rather than a blank form. */
export function ExamplePicker({ onPick }: { onPick(example: Example): void }) {
  return (
    <section className="setup-section examples" aria-labelledby="examples-title">
      <h2 id="examples-title">Start from an example</h2>
      <ul className="example-list">
        {examples.map((e) => (
          <li key={e.id}>
            <button type="button" className="button" onClick={() => onPick(e)}>
              {e.title}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
