import { addDays, epochDayOf, weekdayIndex } from "../format/dates.ts";

/**
 * An example scenario whose start has passed, moved forward by whole weeks to start on the
 * next Monday: every date in it moves together, so the season keeps its shape and weekdays.
 */
export function shiftExample<T>(scenario: T, today: string): T {
  const start = (scenario as { startDate?: string }).startDate;
  if (!start) return scenario;
  const nextMonday = addDays(today, (7 - weekdayIndex(today)) % 7);
  const behind = epochDayOf(nextMonday) - epochDayOf(start);
  if (behind <= 0) return scenario;
  const days = Math.ceil(behind / 7) * 7;
  return moveDates(scenario, days) as T;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function moveDates(value: unknown, days: number): unknown {
  if (typeof value === "string") return isoDate.test(value) ? addDays(value, days) : value;
  if (Array.isArray(value)) return value.map((item) => moveDates(item, days));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, moveDates(v, days)]));
  return value;
}
