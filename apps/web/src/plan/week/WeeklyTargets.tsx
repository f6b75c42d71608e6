import type { Week } from "@cairn/engine";
import { formatDuration, formatVert } from "../../format/units.ts";
import { cssVars } from "../../ui/css-vars.ts";
import { usePlanView } from "../plan-view.tsx";

interface Meter {
  name: string;
  planned: number;
  target: number;
  format(value: number): string;
}

/** Volume, long run, climbing and intensity minutes: what the week aims at against what it holds. */
export function WeeklyTargets({ week }: { week: Week }) {
  const { units } = usePlanView();
  const meters: Meter[] = [
    {
      name: "Volume",
      planned: week.totals.volumeMin,
      target: week.targets.volumeMin,
      format: formatDuration,
    },
    {
      name: "Long run",
      planned: week.totals.longRunMin,
      target: week.targets.longRunMin,
      format: formatDuration,
    },
    {
      name: "Vert",
      planned: week.totals.vertM,
      target: week.targets.vertM,
      format: (m) => formatVert(m, units),
    },
    {
      name: "Intensity",
      planned: week.totals.qualityMin,
      target: week.targets.qualityMin,
      format: (m) => `${Math.round(m)} min`,
    },
  ];
  return (
    <section className="weekly-targets panel" aria-labelledby="targets-title">
      <h3 id="targets-title">Targets</h3>
      <dl>
        {meters.map((m) => {
          const scale = Math.max(m.planned, m.target, 1) * 1.1;
          return (
            <div key={m.name} className="target-row">
              <dt>{m.name}</dt>
              <dd>
                <span className="target-numbers">
                  <strong>{m.format(m.planned)}</strong>
                  <span className="muted"> of {m.format(m.target)}</span>
                </span>
                <span
                  className="target-bar"
                  aria-hidden="true"
                  style={cssVars({
                    "--planned": (m.planned / scale).toFixed(3),
                    "--target": (m.target / scale).toFixed(3),
                  })}
                />
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
