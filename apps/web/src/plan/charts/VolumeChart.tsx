import * as Plot from "@observablehq/plot";
import { useCallback, useMemo } from "react";
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
          Plot.barY([selectedWeek + 1], {
            x: (w: number) => w,
            y: highest * 1.12,
            fill: lineColors.ink,
            fillOpacity: 0.07,
          }),
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
    [bars, targets, races, highest, selectedWeek, plan.weeks.length],
  );
  return <PlotFigure draw={draw} />;
}
