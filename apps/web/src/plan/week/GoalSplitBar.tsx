import { cssVars } from "../../ui/css-vars.ts";
import type { SharePart } from "../../view/goals.ts";

/** "35% HM / 65% 50K" as a bar in the goals' colours, with the words beside it. */
export function GoalSplitBar({ parts }: { parts: readonly SharePart[] }) {
  const text = parts.map((p) => `${Math.round(p.share * 100)}% ${p.goal.label}`).join(" / ");
  return (
    <div className="goal-split">
      <p>
        <span className="muted">Goal split </span>
        <strong data-testid="goal-split">{text || "—"}</strong>
      </p>
      <div className="split-bar" aria-hidden="true">
        {parts.map((p) => (
          <span
            key={p.goal.id}
            style={cssVars({ "--goal": p.goal.color, "--share": p.share.toFixed(3) })}
          />
        ))}
      </div>
    </div>
  );
}
