import { epochDayOf, isoOf, mondayOf } from "../dates.ts";
import { foldActivities } from "../profile/history-weeks.ts";
import type { HistoryWeek } from "../schema/scenario.ts";
import type { ImportedActivity } from "./imported-activity.ts";

export const defaultHistoryWeeks = 12;

/**
 * The last `count` Monday weeks of running, ending with the week of the latest activity,
 * most recent last, in the scenario's `athlete.history.weeks` form. A week without running
 * is kept as zeros: a gap tells the engine about consistency. Cross-training counts nothing.
 */
export function historyWeeksOf(
  activities: readonly ImportedActivity[],
  count = defaultHistoryWeeks,
): HistoryWeek[] {
  const latest = activities.reduce<string | undefined>(
    (last, a) => (last === undefined || a.date > last ? a.date : last),
    undefined,
  );
  if (latest === undefined || count < 1) return [];
  const folded = new Map(foldActivities(activities).map((week) => [week.start, week]));
  const lastMonday = epochDayOf(mondayOf(latest));
  const weeks: HistoryWeek[] = [];
  for (let monday = lastMonday - (count - 1) * 7; monday <= lastMonday; monday += 7) {
    const start = isoOf(monday);
    weeks.push(rounded(folded.get(start) ?? { start, minutes: 0 }));
  }
  return weeks;
}

/** Whole minutes and metres, distance to 0.1 km: finer would claim a precision files lack. */
function rounded(week: HistoryWeek): HistoryWeek {
  return {
    start: week.start,
    minutes: Math.round(week.minutes),
    runs: week.runs ?? 0,
    longestRunMin: Math.round(week.longestRunMin ?? 0),
    vertM: Math.round(week.vertM ?? 0),
    distanceKm: Math.round((week.distanceKm ?? 0) * 10) / 10,
  };
}
