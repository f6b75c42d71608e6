import { policy } from "../constants.ts";
import type { PlanConstraints } from "../constraints.ts";
import { epochDayOf } from "../dates.ts";
import { weekdays } from "../schema/scenario.ts";

/** Which days of a week can hold running: not a rest day, not inside an unavailable period. */
export interface WeekAvailability {
  /** Days 0..6 (Monday first) on which a run may be placed. */
  runnable: boolean[];
  /** Days 0..6 the athlete cannot train at all (travel, illness…). */
  unavailable: boolean[];
}

export function weekAvailability(weekStart: string, c: PlanConstraints): WeekAvailability {
  const start = epochDayOf(weekStart);
  const away = c.unavailable.map((r) => [epochDayOf(r.from), epochDayOf(r.to)] as const);
  const runnable: boolean[] = [];
  const unavailable: boolean[] = [];
  for (let d = 0; d < 7; d++) {
    const day = start + d;
    const off = away.some(([from, to]) => day >= from && day <= to);
    unavailable.push(off);
    runnable.push(!off && !c.restDays.includes(weekdays[d] as (typeof weekdays)[number]));
  }
  return { runnable, unavailable };
}

/** A week mostly away: its stretch's lighter week (PR-1). */
export const isAwayWeek = (a: WeekAvailability): boolean =>
  a.unavailable.filter(Boolean).length >= policy.awayDaysForLighterWeek;

/** Longest session a day can hold: Mon–Fri are capped by `weekdayMaxMin`. */
export function dayCapMin(day: number, c: PlanConstraints): number {
  return day < 5 && c.weekdayMaxMin !== undefined ? c.weekdayMaxMin : Number.POSITIVE_INFINITY;
}

export const dayIndexOf = (d: (typeof weekdays)[number]): number => weekdays.indexOf(d);
