import { cssVars } from "../../ui/css-vars.ts";
import { volumePartNames, volumeParts } from "../../view/volume-series.ts";
import { lineColors, partColors } from "./chart-colors.ts";
import { FormChart } from "./FormChart.tsx";
import { VolumeChart } from "./VolumeChart.tsx";
import "./charts.css";

/** The season in two charts: how much and how hard each week is, and what it does to form. */
export default function SeasonCharts({ selectedWeek }: { selectedWeek: number }) {
  return (
    <section className="season-charts" aria-labelledby="charts-title">
      <h2 id="charts-title">Season charts</h2>
      <div className="charts-grid">
        <figure className="panel">
          <figcaption>
            <h3>Weekly volume by zone</h3>
            <ul className="chart-legend">
              {volumeParts.map((p) => (
                <li key={p}>
                  <span className="swatch" style={cssVars({ "--swatch": partColors[p] })} />{" "}
                  {volumePartNames[p]}
                </li>
              ))}
              <li>
                <span className="swatch tick" /> target
              </li>
            </ul>
          </figcaption>
          <VolumeChart selectedWeek={selectedWeek} />
        </figure>
        <figure className="panel">
          <figcaption>
            <h3>Fitness, fatigue and form</h3>
            <ul className="chart-legend">
              <li>
                <span className="swatch" style={cssVars({ "--swatch": lineColors.fitness })} />{" "}
                fitness (CTL, 42 days)
              </li>
              <li>
                <span className="swatch" style={cssVars({ "--swatch": lineColors.fatigue })} />{" "}
                fatigue (ATL, 7 days)
              </li>
              <li>
                <span className="swatch" style={cssVars({ "--swatch": lineColors.form })} /> form
                (TSB)
              </li>
            </ul>
            <p className="muted chart-note">
              Projected from the plan's load and what you logged. Aim for form between +5 and +25 on
              an A race day.
            </p>
          </figcaption>
          <FormChart />
        </figure>
      </div>
    </section>
  );
}
