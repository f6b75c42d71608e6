import { cssVars } from "../../ui/css-vars.ts";
import { usePlanView } from "../plan-view.tsx";

/** What the band's colours and marks mean. */
export function TimelineLegend() {
  const { looks } = usePlanView();
  return (
    <ul className="timeline-legend" aria-label="Legend">
      {looks.map((g) => (
        <li key={g.id}>
          <span className="swatch" style={cssVars({ "--goal": g.color })} /> {g.label} block
        </li>
      ))}
      <li>
        <span className="swatch shared" /> shared base
      </li>
      <li>
        <span className="swatch cutback" /> cutback week
      </li>
      <li>
        <span className="race-flag inline" data-priority="A">
          A
        </span>{" "}
        race (priority)
      </li>
      <li>
        <span className="today-key" /> today
      </li>
    </ul>
  );
}
