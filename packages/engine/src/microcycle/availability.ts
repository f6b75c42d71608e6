import type { PlanConstraints } from "../constraints.ts";
import { addDays } from "../dates.ts";
import { weekdays } from "../schema/scenario.ts";

/** Which days of a week can hold running: not a rest day, not inside an unavailable period. */
export interface WeekAvailability {
  /** Days 0..6 (Monday first) on which a run may be placed. */
  runnable: boolean[];
  /** Days 0..6 the athlete cannot train at all (travel, illness…). */
  unavailable: boolean[];
}

export function weekAvailability(weekStart: string, c: PlanConstraints): WeekAvailability {
  const runnable: boolean[] = [];
  const unavailable: boolean[] = [];
  for (let d = 0; d < 7; d++) {
    const date = addDays(weekStart, d);
    const away = c.unavailable.some((r) => date >= r.from && date <= r.to);
    unavailable.push(away);
    runnable.push(!away && !c.restDays.includes(weekdays[d] as (typeof weekdays)[number]));
  }
  return { runnable, unavailable };
}

/** Longest session a day can hold: Mon–Fri are capped by `weekdayMaxMin`. */
export function dayCapMin(day: number, c: PlanConstraints): number {
  return day < 5 && c.weekdayMaxMin !== undefined ? c.weekdayMaxMin : Number.POSITIVE_INFINITY;
}

export const dayIndexOf = (d: (typeof weekdays)[number]): number => weekdays.indexOf(d);
