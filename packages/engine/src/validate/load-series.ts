import { dailyForm, startingDailyLoad } from "./load.ts";
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
  const historyDays = f.historyLoads.flatMap((load) => Array<number>(7).fill(load / 7));
  const planDays = (of: "all" | "training") => f.days.map((d) => d[of].load);
  // The history's mean level carried in (a steady runner), else the plan's first week.
  const start = startingDailyLoad(f.historyLoads, f.weeks[0]?.all.load ?? 0);
  const run = (days: number[], from: number) => dailyForm([...historyDays, ...days], from);
  const skip = historyDays.length;
  const all = run(planDays("all"), start);
  const training = run(planDays("training"), start);
  const fromNothing = run(planDays("all"), 0);
  return {
    ctl: all.ctl.slice(skip),
    form: all.form.slice(skip),
    trainingForm: training.form.slice(skip),
    ctlFromNothing: fromNothing.ctl.slice(skip),
  };
}
