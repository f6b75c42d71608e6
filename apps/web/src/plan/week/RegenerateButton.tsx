import type { RegenerateScope } from "@cairn/engine";
import type { RegenerateAnswer } from "../../api/plan-types.ts";
import { usePlanView } from "../plan-view.tsx";

/**
 * Build a day, a week or a phase again with a new seed on every press; locked workouts stay.
 * The server says what changed, or that the rules leave no other choice.
 */
export function RegenerateButton({
  scope,
  label,
  detail,
  compact = false,
}: {
  scope: RegenerateScope;
  label: string;
  detail?: string;
  compact?: boolean;
}) {
  const { write, writing } = usePlanView();
  const describe = (answer: unknown) => {
    const { changed, message } = answer as RegenerateAnswer;
    return changed ? message : message || "The rules leave no other choice here.";
  };
  return (
    <button
      type="button"
      className="button small"
      disabled={writing}
      aria-label={detail ? `${label} (${detail})` : label}
      title={detail ? `${label}: ${detail}, with a new seed` : `${label} with a new seed`}
      onClick={() => void write({ action: { kind: "regenerate", scope }, done: describe })}
    >
      <span aria-hidden="true">↻</span>
      {compact ? null : ` ${label}`}
    </button>
  );
}
