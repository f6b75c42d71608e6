import { epochDayOf, isoOf, mondayDayOf, mondayOf, weekdayIndex } from "../dates.ts";
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

type HistoryRecord =
  | { weeks?: readonly HistoryWeek[] | undefined; activities?: readonly Activity[] | undefined }
  | undefined;

/** The recorded weeks before the plan's first week, by Monday (epoch day), and where they end. */
interface RecordBefore {
  byMonday: Map<number, HistoryWeek>;
  first: number;
  /** Monday of the record's last week: its last week given, or its last activity's of any sport. */
  last: number;
  /** Monday of the week before the plan's first week. */
  beforePlan: number;
}

function recordBefore(history: HistoryRecord, planStart: string): RecordBefore | undefined {
  const startDay = epochDayOf(planStart);
  const planMonday = startDay - weekdayIndex(startDay);
  const byMonday = new Map<number, HistoryWeek>();
  const recorded = [...(history?.weeks ?? []), ...foldActivities(history?.activities ?? [])];
  for (const w of recorded) {
    const monday = mondayDayOf(w.start);
    if (monday >= planMonday) continue;
    const prior = byMonday.get(monday);
    byMonday.set(monday, prior ? mergeWeeks(prior, w) : { ...w, start: isoOf(monday) });
  }
  if (byMonday.size === 0) return undefined;
  let first = planMonday;
  let last = Number.NEGATIVE_INFINITY;
  for (const monday of byMonday.keys()) {
    first = Math.min(first, monday);
    last = Math.max(last, monday);
  }
  // A logged ride or walk shows the log was kept that week: the weeks up to it without
  // running are real breaks, not weeks missing from the record.
  for (const a of history?.activities ?? []) {
    const monday = mondayDayOf(a.date);
    if (monday < planMonday) last = Math.max(last, monday);
  }
  return { byMonday, first, last, beforePlan: planMonday - 7 };
}

/**
 * The history as a gap-free run of Monday weeks ending the week before `planStart`, oldest
 * first. The record is read as the athlete's most recent weeks: when it ends earlier (the
 * weeks since not lived yet or not recorded), it is moved up to end the week before the
 * plan. Weeks missing inside the record count as weeks without running; weeks on or after
 * the start are ignored; duplicates of one week are merged.
 */
export function historyWeeksBefore(
  history: HistoryRecord,
  planStart: string,
  maxWeeks: number,
): HistoryWeek[] {
  const record = recordBefore(history, planStart);
  if (!record) return [];
  const shift = record.beforePlan - record.last;
  const from = Math.max(record.first, record.last - (maxWeeks - 1) * 7);
  const weeks: HistoryWeek[] = [];
  for (let monday = from; monday <= record.last; monday += 7) {
    const start = isoOf(monday + shift);
    const week = record.byMonday.get(monday);
    weeks.push(
      week ? { ...week, start } : { start, minutes: 0, runs: 0, longestRunMin: 0, vertM: 0 },
    );
  }
  return weeks;
}

/** Where the record ends, when it ends before the week before `planStart`. */
export interface EarlyRecordEnd {
  /** Monday of the record's last week. */
  lastWeek: string;
  /** Weeks between the record's last week and the plan's first, none of them recorded. */
  weeksUnrecorded: number;
}

export function earlyRecordEnd(
  history: HistoryRecord,
  planStart: string,
): EarlyRecordEnd | undefined {
  const record = recordBefore(history, planStart);
  if (!record || record.last >= record.beforePlan) return undefined;
  return { lastWeek: isoOf(record.last), weeksUnrecorded: (record.beforePlan - record.last) / 7 };
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
