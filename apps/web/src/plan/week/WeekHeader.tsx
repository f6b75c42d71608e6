import type { Week } from "@cairn/engine";
import { weekSpan } from "../../format/dates.ts";
import { phasePlace, weekKindName } from "../../view/week-facts.ts";
import { UndoRedoButtons } from "../history/UndoRedoButtons.tsx";
import { ExportLinks } from "../overview/ExportLinks.tsx";
import { usePlanView } from "../plan-view.tsx";
import { RegenerateButton } from "./RegenerateButton.tsx";

/** The week's name and place in the season, moving between weeks, and the week's controls. */
export function WeekHeader({ week, onSelect }: { week: Week; onSelect(index: number): void }) {
  const { plan, looks } = usePlanView();
  const place = phasePlace(plan, week.index, (id) => looks.find((g) => g.id === id)?.label);
  const last = plan.weeks.length - 1;
  return (
    <div className="week-header">
      <div className="week-nav">
        <button
          type="button"
          className="button small"
          onClick={() => onSelect(week.index - 1)}
          disabled={week.index === 0}
        >
          <span aria-hidden="true">‹</span> Previous
        </button>
        <div className="week-title">
          <h2 id="week-title">
            Week {week.index + 1} <span className="muted">of {plan.weeks.length}</span>
          </h2>
          <p>
            <span className="week-kind" data-kind={week.kind}>
              {weekKindName(week.kind)}
            </span>{" "}
            {weekSpan(week.startDate)}
            {place ? ` · ${place.text}` : ""}
          </p>
        </div>
        <button
          type="button"
          className="button small"
          onClick={() => onSelect(week.index + 1)}
          disabled={week.index === last}
        >
          Next <span aria-hidden="true">›</span>
        </button>
      </div>
      <div className="week-actions">
        <RegenerateButton scope={{ kind: "week", index: week.index }} label="Regenerate week" />
        {place && (
          <RegenerateButton
            scope={{ kind: "phase", index: place.phaseIndex }}
            label="Regenerate phase"
            detail={`weeks ${place.firstWeek + 1}–${place.lastWeek + 1}`}
          />
        )}
        <UndoRedoButtons />
        <ExportLinks week={week.index} />
      </div>
    </div>
  );
}
