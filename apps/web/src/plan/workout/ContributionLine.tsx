import { cssVars } from "../../ui/css-vars.ts";
import type { SharePart } from "../../view/goals.ts";

/** Which goals the workout serves: "HM 80% · 50K 20%", each with its goal's colour. */
export function ContributionLine({ parts }: { parts: readonly SharePart[] }) {
  return (
    <p className="contribution">
      <span className="visually-hidden">Serves </span>
      {parts.map((p, i) => (
        <span
          key={p.goal.id}
          className="contribution-part"
          style={cssVars({ "--goal": p.goal.color })}
        >
          {i > 0 ? " · " : ""}
          <span className="goal-dot" aria-hidden="true" />
          {p.goal.label} {Math.round(p.share * 100)}%
        </span>
      ))}
    </p>
  );
}
