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
  return historyMinutesLoad(w.minutes) + (w.vertM ?? 0) * rules.loadPerVertM;
}

const historyMinutesLoad = (minutes: number) => (minutes / 60) * rules.historyLoadPerHour;

/**
 * The weeks PR-3 reads before the plan: the recorded history or, with none, the usual week
 * the profile assumes for the level, over PR-3's whole window. The athlete trains; only the
 * record is missing: after days away in the first week they come back to that week, not to
 * what the away week held.
 */
export function loadsBeforePlan(
  history: readonly HistoryWeek[],
  assumedWeeklyMin: number,
): number[] {
  if (history.length > 0) return history.map(historyWeekLoad);
  const assumed = historyMinutesLoad(assumedWeeklyMin);
  return Array.from({ length: rules.loadSpikeWindowWeeks }, () => assumed);
}

/** Where CTL and ATL start: the history's mean daily load, else the first week's. */
export function startingDailyLoad(
  historyWeekLoads: readonly number[],
  firstWeekLoad: number,
): number {
  if (historyWeekLoads.length === 0) return firstWeekLoad / 7;
  return historyWeekLoads.reduce((s, x) => s + x, 0) / historyWeekLoads.length / 7;
}

/**
 * Fitness and fatigue (CTL, ATL) carried day by day from a starting level (k = 1/ctlDays,
 * 1/atlDays); form (TSB) is CTL − ATL going into a day, so a big day shows the next morning.
 */
export class LoadModel {
  ctl: number;
  atl: number;

  constructor(startLoad: number) {
    this.ctl = startLoad;
    this.atl = startLoad;
  }

  get form(): number {
    return this.ctl - this.atl;
  }

  add(dayLoad: number): void {
    this.ctl += (dayLoad - this.ctl) / rules.ctlDays;
    this.atl += (dayLoad - this.atl) / rules.atlDays;
  }
}
