import { rules } from "../constants.ts";
import { type Finding, warnAt } from "./finding.ts";
import type { LoadSeries } from "./load-series.ts";
import type { GoalFacts, PlanFacts } from "./week-facts.ts";

/** A peaked race whose fitness tops out outside LD-1's 1–3 weeks before it. */
export interface FitnessPeakBreak {
  goal: GoalFacts;
  /** Plan day of the peak. */
  peakDay: number;
  /** Days from the peak to the race. */
  daysOut: number;
  /** The bound it breaks, in days before the race. */
  limitDays: number;
  ctlAtPeak: number;
  /** Fitness going into race day. */
  ctlOnRaceEve: number;
  /** Only fitness counted from nothing before the record breaks it (a late peak, then). */
  fromNothing: boolean;
}

/** The plan day of the highest CTL before `raceDay` (the earliest, when several tie). */
function peakDayOf(ctl: readonly number[], raceDay: number): number {
  let peak = 0;
  for (let d = 1; d < raceDay; d++) if ((ctl[d] ?? 0) > (ctl[peak] ?? 0)) peak = d;
  return peak;
}

/**
 * LD-1's second half: before a peaked race, fitness tops out 1–3 weeks out. The peak is the
 * day of the highest CTL from the plan's start to the eve of the race, so the race's own load
 * never counts. Readings of the model differ in where fitness starts, and a higher start only
 * moves the peak earlier, so checking the highest and the lowest start covers every start
 * between. A day's fitness is its CTL after its load, or going into the next day: a peak too
 * far out is counted on the first, one too close on the second, so both readings hold.
 */
export function fitnessPeakBreaks(f: PlanFacts, series: LoadSeries): FitnessPeakBreak[] {
  const [nearest, farthest] = rules.fitnessPeakWeeksBeforeRace.map((weeks) => weeks * 7) as [
    number,
    number,
  ];
  const out: FitnessPeakBreak[] = [];
  for (const goal of f.goals) {
    const { raceDay } = goal;
    if (goal.goal.mode !== "peak" || raceDay < 1 || !f.days[raceDay]) continue;
    for (const [ctl, fromNothing] of [
      [series.ctl, false],
      [series.ctlFromNothing, true],
    ] as const) {
      const peak = peakDayOf(ctl, raceDay);
      const ctlAtPeak = ctl[peak] ?? 0;
      const ctlOnRaceEve = ctl[raceDay - 1] ?? 0;
      const early = raceDay - peak > farthest;
      const late = raceDay - (peak + 1) < nearest;
      if (!early && !late) continue;
      const peakDay = early ? peak : peak + 1;
      const limitDays = early ? farthest : nearest;
      const daysOut = raceDay - peakDay;
      out.push({ goal, peakDay, daysOut, limitDays, ctlAtPeak, ctlOnRaceEve, fromNothing });
      break;
    }
  }
  return out;
}

export function checkFitnessPeaks(f: PlanFacts, series: LoadSeries): Finding[] {
  return fitnessPeakBreaks(f, series).flatMap((b) => {
    const day = f.days[b.goal.raceDay];
    if (!day) return [];
    return [
      warnAt("LD-1", day.path, {
        measure: "fitnessPeak",
        actual: b.daysOut,
        limit: b.limitDays,
        weekIndex: day.weekIndex,
        date: day.date,
      }),
    ];
  });
}
