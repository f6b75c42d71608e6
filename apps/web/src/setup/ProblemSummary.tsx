import type { InputIssue } from "@cairn/engine";
import { fieldName } from "./validation.ts";

/** Every problem in one list, after a submit that could not go: each names its field. */
export function ProblemSummary({ problems }: { problems: readonly InputIssue[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="problem-summary" role="alert">
      <h2>
        Fix {problems.length === 1 ? "this" : `these ${problems.length} things`} to make the plan
      </h2>
      <ul>
        {problems.map((p) => (
          <li key={`${p.field}:${p.message}`}>
            <strong>{fieldName(p.field)}</strong>: {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
