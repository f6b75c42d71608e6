import { epochDayOf } from "../dates.ts";
import type { Week } from "../schema/plan.ts";
import { workoutLoad } from "../validate/load.ts";
import type { RealizedWeek } from "./targets.ts";

const nonRunningTypes = new Set(["rest", "strength", "mobility", "cross"]);

/** What a built week holds, as the targets stage measures it for the weeks after it. */
export function realizedOf(week: Week): RealizedWeek {
  const realized: RealizedWeek = {
    runMin: 0,
    longRunMin: week.totals.longRunMin,
    vertM: 0,
    load: 0,
    loadWithRace: 0,
    runs: [],
    dayRunMin: [],
  };
  for (const day of week.days) {
    let longest = 0;
    let dayMin = 0;
    for (const w of day.workouts) {
      const load = workoutLoad(w);
      realized.loadWithRace += load;
      if (w.type !== "race") realized.load += load;
      if (nonRunningTypes.has(w.type)) continue;
      longest = Math.max(longest, w.durationMin);
      if (w.type === "race") continue;
      realized.runMin += w.durationMin;
      realized.vertM += w.vertM;
      dayMin += w.durationMin;
    }
    realized.dayRunMin.push(dayMin);
    if (longest > 0) realized.runs.push({ day: epochDayOf(day.date), minutes: longest });
  }
  return realized;
}
