import { rules } from "../constants.ts";
import type { Workout } from "../schema/plan.ts";
import type { HistoryWeek } from "../schema/scenario.ts";

/** The load model of TRAINING-RULES 6b, shared by the validator and the generator. */

/** TSS-like load of one workout: time in each zone at its hourly rate, plus climbing. */
export function workoutLoad(w: Workout): number {
  const perHour = rules.loadPerHour;
  switch (w.type) {
    case "rest":
      return 0;
    case "mobility":
      return (w.durationMin / 60) * perHour.mobility;
    case "strength":
      return (w.durationMin / 60) * perHour.strength;
    case "cross":
      return (w.durationMin / 60) * perHour.z2 * rules.crossOfZ2;
    default: {
      const z = w.zoneMinutes;
      const zoneLoad =
        z.z1 * perHour.z1 +
        z.z2 * perHour.z2 +
        z.z3 * perHour.z3 +
        z.z4 * perHour.z4 +
        z.z5 * perHour.z5;
      return zoneLoad / 60 + w.vertM * rules.loadPerVertM;
    }
  }
}

/** History weeks carry no zones: their minutes count at a typical mostly-easy rate. */
export function historyWeekLoad(w: HistoryWeek): number {
  return (w.minutes / 60) * rules.historyLoadPerHour + (w.vertM ?? 0) * rules.loadPerVertM;
}

/** Where CTL and ATL start: the history's mean daily load, else the first week's. */
export function startingDailyLoad(
  historyWeekLoads: readonly number[],
  firstWeekLoad: number,
): number {
  if (historyWeekLoads.length === 0) return firstWeekLoad / 7;
  return historyWeekLoads.reduce((s, x) => s + x, 0) / historyWeekLoads.length / 7;
}

export interface DailyForm {
  /** Fitness after each day's load (k = 1/ctlDays). */
  ctl: number[];
  /** Fatigue after each day's load (k = 1/atlDays). */
  atl: number[];
  /** Form going into each day: CTL − ATL of the day before. */
  form: number[];
}

/** CTL, ATL and form (TSB) of each day, from the daily loads and the starting level. */
export function dailyForm(dailyLoads: readonly number[], startLoad: number): DailyForm {
  const out: DailyForm = { ctl: [], atl: [], form: [] };
  let ctl = startLoad;
  let atl = startLoad;
  for (const load of dailyLoads) {
    out.form.push(ctl - atl);
    ctl += (load - ctl) / rules.ctlDays;
    atl += (load - atl) / rules.atlDays;
    out.ctl.push(ctl);
    out.atl.push(atl);
  }
  return out;
}
