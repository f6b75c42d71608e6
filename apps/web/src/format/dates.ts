/**
 * Calendar dates as ISO strings and epoch days, never local-time Date arithmetic: a plan's
 * days must not shift with the browser's time zone or a DST change.
 */

import {
  addDays,
  daysBetween,
  epochDayOf,
  isoOf,
  isRealIsoDate,
  mondayOf,
  shortDate,
  weekdayIndex as weekdayOfEpochDay,
} from "@cairn/engine";

export { addDays, daysBetween, epochDayOf, mondayOf, shortDate };

export const weekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;
export const weekdayKeys = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type WeekdayKey = (typeof weekdayKeys)[number];

export const isoOfEpochDay = isoOf;

/** Monday 0 … Sunday 6. */
export const weekdayIndex = (iso: string): number => weekdayOfEpochDay(epochDayOf(iso));

export const isIsoDate = isRealIsoDate;

/** "2027-03-30" → "Tue 30 Mar" */
export const dayLabel = (iso: string): string =>
  `${weekdayNames[weekdayIndex(iso)]} ${shortDate(iso)}`;

/** "2027-03-30" → "30 Mar 2027" */
export const longDate = (iso: string): string => `${shortDate(iso)} ${iso.slice(0, 4)}`;

/** A week's span: "29 Mar – 4 Apr" */
export const weekSpan = (monday: string): string =>
  `${shortDate(monday)} – ${shortDate(addDays(monday, 6))}`;

/** "in 3 weeks", "in 5 days", "today", "2 weeks ago" — for race countdowns. */
export function relativeDays(from: string, to: string): string {
  const days = daysBetween(from, to);
  if (days === 0) return "today";
  const size = Math.abs(days);
  const amount =
    size >= 14 ? `${Math.round(size / 7)} weeks` : `${size} day${size === 1 ? "" : "s"}`;
  return days > 0 ? `in ${amount}` : `${amount} ago`;
}
