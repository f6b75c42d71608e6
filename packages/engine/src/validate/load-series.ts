import { LoadModel, startingDailyLoad } from "./load.ts";
import type { PlanFacts } from "./week-facts.ts";

/**
 * Fitness and form day by day (TRAINING-RULES 6b), from the plan's own daily loads with the
 * recorded history before them, each history week spread evenly over its seven days.
 */
export interface LoadSeries {
  /** Fitness (CTL) after each plan day's load. */
  ctl: number[];
  /** Form (TSB) going into each plan day. */
  form: number[];
  /** Form with the races' own load left out: what the training alone would do. */
  trainingForm: number[];
  /**
   * Fitness after each plan day's load when nothing counts before the recorded history (CTL
   * from zero before it, or before the plan without one). Readings of the model differ in
   * where fitness starts; `ctl` carries the history's level in, this is the lowest start.
   */
  ctlFromNothing: number[];
}

export function loadSeries(f: PlanFacts): LoadSeries {
  // The history's mean level carried in (a steady runner), else the plan's first week.
  const start = startingDailyLoad(f.historyLoads, f.weeks[0]?.all.load ?? 0);
  const all = new LoadModel(start);
  const training = new LoadModel(start);
  const fromNothing = new LoadModel(0);
  for (const weekLoad of f.historyLoads) {
    for (let d = 0; d < 7; d++) {
      all.add(weekLoad / 7);
      training.add(weekLoad / 7);
      fromNothing.add(weekLoad / 7);
    }
  }
  const series: LoadSeries = { ctl: [], form: [], trainingForm: [], ctlFromNothing: [] };
  for (const day of f.days) {
    series.form.push(all.form);
    series.trainingForm.push(training.form);
    all.add(day.all.load);
    training.add(day.training.load);
    fromNothing.add(day.all.load);
    series.ctl.push(all.ctl);
    series.ctlFromNothing.push(fromNothing.ctl);
  }
  return series;
}
