import { policy, rules } from "../constants.ts";
import { epochDayOf } from "../dates.ts";
import type { Week } from "../schema/plan.ts";
import { workoutLoad } from "../validate/load.ts";

/** What a week turned out to hold once its workouts were built: the next week builds on it. */
export interface RealizedWeek {
  /** Running minutes without the race. */
  runMin: number;
  /** Minutes without the race, strength and mobility included: what PR-4's maximum holds. */
  trainingMin: number;
  longRunMin: number;
  vertM: number;
  /** Load without the race: the week PR-3 measures. */
  load: number;
  /** Load with the race: what the weeks after it measure against (the race was run). */
  loadWithRace: number;
  /** The longest run of each day that had one, as epoch day and minutes (LR-1's memory). */
  runs: { day: number; minutes: number }[];
  /** Training minutes of each day, Monday first (the race week's window reaches into this week). */
  dayRunMin: number[];
  /** The work (z3–z5 minutes) of the week's biggest session above easy, long runs aside. */
  keyWorkMin: number;
  /** The week's longest easy run (a B race's mini-taper keeps its easy runs no longer). */
  longestEasyMin: number;
}

const nonRunningTypes = new Set(["rest", "strength", "mobility", "cross"]);

/** What a built week holds, as the targets stage measures it for the weeks after it. */
export function realizedOf(week: Week): RealizedWeek {
  const realized: RealizedWeek = {
    runMin: 0,
    trainingMin: 0,
    longRunMin: week.totals.longRunMin,
    vertM: 0,
    load: 0,
    loadWithRace: 0,
    runs: [],
    dayRunMin: [],
    keyWorkMin: 0,
    longestEasyMin: 0,
  };
  for (const day of week.days) {
    let longest = 0;
    let dayMin = 0;
    for (const w of day.workouts) {
      const load = workoutLoad(w);
      realized.loadWithRace += load;
      if (w.type !== "race") {
        realized.load += load;
        realized.trainingMin += w.durationMin;
      }
      if (nonRunningTypes.has(w.type)) continue;
      longest = Math.max(longest, w.durationMin);
      if (w.type === "race") continue;
      if (w.type === "easy")
        realized.longestEasyMin = Math.max(realized.longestEasyMin, w.durationMin);
      if (w.intensity !== "easy" && w.type !== "long" && w.type !== "medium-long") {
        const z = w.zoneMinutes;
        realized.keyWorkMin = Math.max(realized.keyWorkMin, z.z3 + z.z4 + z.z5);
      }
      realized.runMin += w.durationMin;
      realized.vertM += w.vertM;
      dayMin += w.durationMin;
    }
    realized.dayRunMin.push(dayMin);
    if (longest > 0) realized.runs.push({ day: epochDayOf(day.date), minutes: longest });
  }
  return realized;
}

/**
 * What the next loading week ramps from: the week just run, or when it ran far under its
 * target (training missed, as logged) what the last four weeks really held, so the plan
 * restarts near what was run instead of from nothing or from the old plan.
 */
export function rampBase(realized: readonly RealizedWeek[], targetRunMin: number): number {
  const week = realized.at(-1)?.runMin ?? 0;
  if (week >= targetRunMin * policy.missedWeekShare) return week;
  const recent = realized.slice(-rules.loadSpikeWindowWeeks);
  return recent.reduce((s, w) => s + w.runMin, 0) / recent.length;
}
