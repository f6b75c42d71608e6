/**
 * Calendar dates as ISO strings and epoch days, never local-time Date arithmetic: a plan's
 * days must not shift with the browser's time zone or a DST change.
 */

const msPerDay = 86_400_000;
const monthNames = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];
export const weekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;
export const weekdayKeys = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type WeekdayKey = (typeof weekdayKeys)[number];

export function epochDayOf(iso: string): number {
  const [year = 1970, month = 1, day = 1] = iso.split("-").map(Number);
  return Math.floor(Date.UTC(year, month - 1, day) / msPerDay);
}

export const isoOfEpochDay = (day: number): string =>
  new Date(day * msPerDay).toISOString().slice(0, 10);

export const addDays = (iso: string, days: number): string => isoOfEpochDay(epochDayOf(iso) + days);

export const daysBetween = (from: string, to: string): number => epochDayOf(to) - epochDayOf(from);

/** Monday 0 … Sunday 6 (1 January 1970 was a Thursday). */
export const weekdayIndex = (iso: string): number => (epochDayOf(iso) + 3) % 7;

export const mondayOf = (iso: string): string => addDays(iso, -weekdayIndex(iso));

export const isIsoDate = (text: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(text) && isoOfEpochDay(epochDayOf(text)) === text;

/** "2027-03-30" → "30 Mar" */
export function shortDate(iso: string): string {
  const day = Number(iso.slice(8, 10));
  return `${day} ${monthNames[Number(iso.slice(5, 7)) - 1] ?? ""}`;
}

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
