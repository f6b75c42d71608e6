import type { PlanWarning } from "@cairn/engine";
import { usePlanView } from "../plan-view.tsx";

const severityWords = { info: "Note", warn: "Warning", error: "Problem" } as const;

/** A warning in the engine's words; a conflict's choices are buttons that apply the answer. */
export function WarningCard({ warning }: { warning: PlanWarning }) {
  const { write, writing } = usePlanView();
  const choices = warning.choices ?? [];
  return (
    <div className="warning" data-severity={warning.severity}>
      <p>
        <strong>{severityWords[warning.severity]}</strong>
        {warning.rule ? <span className="rule"> {warning.rule}</span> : null}: {warning.message}
      </p>
      {choices.length > 0 && (
        <div className="choices">
          <span className="choices-label">Your choice:</span>
          {choices.map((choice) => (
            <button
              key={choice.id}
              type="button"
              className="button small"
              disabled={writing}
              onClick={() =>
                void write({
                  action: { kind: "choice", warningId: warning.id, choiceId: choice.id },
                  done: `Applied your choice: ${choice.label}.`,
                })
              }
            >
              {choice.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
