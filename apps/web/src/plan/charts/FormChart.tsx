import * as Plot from "@observablehq/plot";
import { memo, useCallback, useMemo } from "react";
import { dayLabel } from "../../format/dates.ts";
import { formSeries } from "../../view/load.ts";
import { usePlanView } from "../plan-view.tsx";
import { lineColors } from "./chart-colors.ts";
import { PlotFigure } from "./PlotFigure.tsx";

const utc = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const round = (x: number): string => String(Math.round(x));

/** Projected fitness (CTL), fatigue (ATL) and form (TSB) day by day, with the races marked. */
// Memoised: it reads only the plan, so moving between weeks leaves it be.
export const FormChart = memo(function FormChart() {
  const { plan, looks, today } = usePlanView();
  const series = useMemo(() => formSeries(plan), [plan]);
  const races = useMemo(
    () => looks.map((g) => ({ date: utc(g.date), text: `${g.priority} ${g.label}` })),
    [looks],
  );
  const inPlan = today >= plan.startDate && today <= plan.endDate;
  const draw = useCallback(
    (width: number) => {
      const points = series.map((p) => ({ ...p, day: utc(p.date) }));
      return Plot.plot({
        width,
        height: 280,
        className: "season-chart",
        marginLeft: 44,
        marginTop: 24,
        ariaLabel: "Fitness, fatigue and form",
        ariaDescription:
          "Projected daily fitness, fatigue and form from the plan's load, with race days marked.",
        x: { type: "utc", label: null },
        y: { grid: true, label: "Load" },
        marks: [
          Plot.ruleY([0], { stroke: lineColors.muted }),
          Plot.areaY(points, { x: "day", y: "form", fill: lineColors.form, fillOpacity: 0.12 }),
          Plot.lineY(points, { x: "day", y: "form", stroke: lineColors.form, strokeWidth: 1.5 }),
          Plot.lineY(points, {
            x: "day",
            y: "fatigue",
            stroke: lineColors.fatigue,
            strokeWidth: 1.5,
          }),
          Plot.lineY(points, {
            x: "day",
            y: "fitness",
            stroke: lineColors.fitness,
            strokeWidth: 2.5,
          }),
          Plot.ruleX(races, { x: "date", stroke: lineColors.ink, strokeDasharray: "4,3" }),
          Plot.text(races, {
            x: "date",
            text: "text",
            frameAnchor: "top",
            dy: -14,
            fontWeight: 700,
            fill: lineColors.ink,
          }),
          ...(inPlan ? [Plot.ruleX([utc(today)], { stroke: "#a3213a", strokeWidth: 2 })] : []),
          Plot.tip(
            points,
            Plot.pointerX({
              x: "day",
              y: "fitness",
              title: (p: (typeof points)[number]) =>
                `${dayLabel(p.date)}\nfitness ${round(p.fitness)} · fatigue ${round(p.fatigue)} · form ${round(p.form)}`,
            }),
          ),
        ],
      });
    },
    [series, races, inPlan, today],
  );
  return <PlotFigure draw={draw} />;
});
