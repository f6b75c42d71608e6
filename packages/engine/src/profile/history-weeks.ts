import { epochDayOf, isoOf, mondayOf, weekdayIndex } from "../dates.ts";
import type { Activity, HistoryWeek } from "../schema/scenario.ts";

/** Sports that count as running volume; everything else is cross-training. */
const runningSports = new Set([
  "run",
  "running",
  "trail run",
  "trail-run",
  "trail_run",
  "trailrun",
  "treadmill",
  "virtual run",
  "track",
]);

export function isRunningSport(sport: string | undefined): boolean {
  return sport === undefined || runningSports.has(sport.trim().toLowerCase());
}

/** Fold raw activities into Monday weeks of running (cross-training does not count as running). */
export function foldActivities(activities: readonly Activity[]): HistoryWeek[] {
  const byWeek = new Map<string, HistoryWeek>();
  for (const a of activities) {
    if (!isRunningSport(a.sport)) continue;
    const start = mondayOf(a.date);
    const week = byWeek.get(start) ?? {
      start,
      minutes: 0,
      runs: 0,
      longestRunMin: 0,
      vertM: 0,
      distanceKm: 0,
    };
    week.minutes += a.durationMin;
    week.runs = (week.runs ?? 0) + 1;
    week.longestRunMin = Math.max(week.longestRunMin ?? 0, a.durationMin);
    week.vertM = (week.vertM ?? 0) + (a.vertM ?? 0);
    week.distanceKm = (week.distanceKm ?? 0) + (a.distanceKm ?? 0);
    byWeek.set(start, week);
  }
  return [...byWeek.values()].sort((a, b) => a.start.localeCompare(b.start));
}

/**
 * The history as a gap-free run of Monday weeks ending the week before `planStart`:
 * weeks missing from the record count as weeks without running, weeks on or after the
 * start are ignored, duplicates of one week are merged.
 */
export function historyWeeksBefore(
  history:
    | { weeks?: readonly HistoryWeek[] | undefined; activities?: readonly Activity[] | undefined }
    | undefined,
  planStart: string,
  maxWeeks: number,
): HistoryWeek[] {
  const recorded = [...(history?.weeks ?? []), ...foldActivities(history?.activities ?? [])];
  if (recorded.length === 0) return [];
  const startDay = epochDayOf(planStart);
  const byMonday = new Map<number, HistoryWeek>();
  for (const w of recorded) {
    const monday = epochDayOf(mondayOf(w.start));
    if (monday >= startDay - weekdayIndex(startDay)) continue;
    const prior = byMonday.get(monday);
    byMonday.set(monday, prior ? mergeWeeks(prior, w) : { ...w, start: isoOf(monday) });
  }
  if (byMonday.size === 0) return [];
  const first = Math.min(...byMonday.keys());
  const lastMonday = startDay - weekdayIndex(startDay) - 7;
  const from = Math.max(first, lastMonday - (maxWeeks - 1) * 7);
  const weeks: HistoryWeek[] = [];
  for (let monday = from; monday <= lastMonday; monday += 7) {
    weeks.push(
      byMonday.get(monday) ?? {
        start: isoOf(monday),
        minutes: 0,
        runs: 0,
        longestRunMin: 0,
        vertM: 0,
      },
    );
  }
  return weeks;
}

function mergeWeeks(a: HistoryWeek, b: HistoryWeek): HistoryWeek {
  return {
    start: a.start,
    minutes: a.minutes + b.minutes,
    runs: (a.runs ?? 0) + (b.runs ?? 0),
    longestRunMin: Math.max(a.longestRunMin ?? 0, b.longestRunMin ?? 0),
    vertM: (a.vertM ?? 0) + (b.vertM ?? 0),
    distanceKm: (a.distanceKm ?? 0) + (b.distanceKm ?? 0),
  };
}

/** The longest single run of a week; estimated from its minutes when not recorded. */
export function longestRunOf(week: HistoryWeek): number {
  if (week.longestRunMin !== undefined) return week.longestRunMin;
  const runs = week.runs && week.runs > 0 ? week.runs : 4;
  return Math.min(week.minutes, Math.round((week.minutes / runs) * 1.5));
}
