import { rules } from "../constants.ts";
import { addDays, epochDayOf } from "../dates.ts";
import { longestRunOf } from "../profile/history-weeks.ts";
import type { HistoryWeek } from "../schema/scenario.ts";

/** LR-1's memory: the longest runs seen, by day, history included (a history week's on its Sunday). */
export class RecentRuns {
  private readonly runs: { day: number; minutes: number }[] = [];

  constructor(history: readonly HistoryWeek[]) {
    for (const w of history) this.add(epochDayOf(addDays(w.start, 6)), longestRunOf(w));
  }

  add(day: number, minutes: number): void {
    this.runs.push({ day, minutes });
  }

  /** Longest run on days from..to (inclusive), or undefined when none is known. */
  maxBetween(from: number, to: number): number | undefined {
    let max: number | undefined;
    for (const r of this.runs)
      if (r.day >= from && r.day <= to) max = Math.max(max ?? 0, r.minutes);
    return max;
  }

  /** Longest run in the 30 days before `day`, or undefined when nothing is known. */
  maxBefore(day: number): number | undefined {
    let max: number | undefined;
    for (const r of this.runs) {
      if (r.day < day && r.day >= day - rules.recentRunWindowDays)
        max = Math.max(max ?? 0, r.minutes);
    }
    return max;
  }
}
