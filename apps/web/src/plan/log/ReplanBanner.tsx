import { dayLabel } from "../../format/dates.ts";
import { replanSuggestion } from "../../view/log-facts.ts";
import { usePlanView } from "../plan-view.tsx";

/**
 * After logging, offer to build the rest of the season again on what was really run: the weeks
 * before the re-plan's Monday stay as logged.
 */
export function ReplanBanner() {
  const { plan, today, write, writing } = usePlanView();
  const suggestion = replanSuggestion(plan, today);
  if (!suggestion) return null;
  const from = dayLabel(suggestion.from);
  return (
    <section className="replan-banner" aria-label="Re-plan">
      <p>
        You have logged {suggestion.loggedDays} day{suggestion.loggedDays === 1 ? "" : "s"} since
        this plan was made. Re-plan from {from}: the weeks before stay as you ran them, and every
        week after is built again on what you really did.
      </p>
      <button
        type="button"
        className="button primary"
        disabled={writing}
        onClick={() =>
          void write({
            action: { kind: "replan", today: suggestion.from },
            done: `Re-planned from ${from} on the training you logged.`,
          })
        }
      >
        Re-plan from {from}
      </button>
    </section>
  );
}
