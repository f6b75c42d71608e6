import * as Plot from "@observablehq/plot";
import { useCallback, useMemo, useState } from "react";
import { daysBetween } from "../../format/dates.ts";
import { formatDuration } from "../../format/units.ts";
import {
  volumePartNames,
  volumeParts,
  weeklyTargets,
  weeklyZoneVolume,
} from "../../view/volume-series.ts";
import { usePlanView } from "../plan-view.tsx";
import { lineColors, partColors } from "./chart-colors.ts";
import { PlotFigure } from "./PlotFigure.tsx";

/** Planned minutes a week, stacked by zone, with each week's target as a tick. */
export function VolumeChart({ selectedWeek }: { selectedWeek: number }) {
  const { plan, looks } = usePlanView();
  const bars = useMemo(() => weeklyZoneVolume(plan), [plan]);
  const targets = useMemo(() => weeklyTargets(plan), [plan]);
  const races = useMemo(
    () =>
      looks.map((g) => ({
        week: Math.floor(daysBetween(plan.startDate, g.date) / 7) + 1,
        text: `${g.priority} ${g.label}`,
      })),
    [plan, looks],
  );
  const highest = Math.max(...targets.map((t) => Math.max(t.targetMin, t.plannedMin)), 60);
  const draw = useCallback(
    (width: number) =>
      Plot.plot({
        width,
        height: 280,
        className: "season-chart",
        marginLeft: 44,
        marginTop: 24,
        ariaLabel: "Weekly volume by zone",
        ariaDescription: `Planned hours a week, stacked by zone, for ${plan.weeks.length} weeks; ticks mark each week's target.`,
        x: {
          type: "band",
          label: "Week",
          tickFormat: (w: number) => (w % 2 === 1 || width > 700 ? String(w) : ""),
        },
        y: {
          label: "Hours",
          grid: true,
          transform: (m: number) => m / 60,
          domain: [0, (highest * 1.12) / 60],
        },
        color: { domain: [...volumeParts], range: volumeParts.map((p) => partColors[p]) },
        marks: [
          Plot.barY(bars, {
            x: "week",
            y: "minutes",
            fill: "part",
            title: (b: (typeof bars)[number]) =>
              `Week ${b.week}, ${volumePartNames[b.part]}: ${formatDuration(b.minutes)}`,
          }),
          Plot.tickY(targets, {
            x: "week",
            y: "targetMin",
            stroke: lineColors.ink,
            strokeWidth: 2,
          }),
          Plot.text(races, {
            x: "week",
            y: highest * 1.12,
            text: "text",
            dy: -8,
            fontWeight: 700,
            fill: lineColors.ink,
          }),
          Plot.ruleY([0]),
        ],
      }),
    [bars, targets, races, highest, plan.weeks.length],
  );
  // The open week is a band laid over the chart, so moving between weeks draws nothing again.
  const [band, setBand] = useState<{ at(week: number): number; width: number } | undefined>();
  const onDraw = useCallback((chart: Element) => {
    const x = (chart as Element & Partial<Plot.Plot>).scale?.("x");
    if (x?.apply && x.bandwidth !== undefined)
      setBand({ at: (week) => Number(x.apply(week)), width: x.bandwidth });
  }, []);
  return (
    <PlotFigure draw={draw} onDraw={onDraw}>
      {band && (
        <div
          className="chart-week-band"
          aria-hidden="true"
          style={{ left: `${band.at(selectedWeek + 1)}px`, width: `${band.width}px` }}
        />
      )}
    </PlotFigure>
  );
}
