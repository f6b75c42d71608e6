import { isRealIsoDate } from "../dates.ts";

const months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

// "Jan 5, 2024, 7:04:12 AM"; the space before AM may be a narrow no-break one (\s takes it).
const stravaDate =
  /^([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4}),?\s+(\d{1,2}):(\d{2}):(\d{2})\s*([AaPp][Mm])?$/;

/**
 * The instant of a date as Strava's activities.csv writes it (in UTC), as epoch
 * milliseconds; NaN when it is not such a date.
 */
export function parseStravaDate(text: string): number {
  const match = stravaDate.exec(text.trim());
  if (match === null) return Number.NaN;
  const [, monthName = "", day = "", year = "", hour = "", minute = "", second = "", half] = match;
  const month = months.indexOf(monthName.toLowerCase()) + 1;
  const date = `${year}-${pad(month)}-${pad(Number(day))}`;
  const h = Number(hour);
  const validHour = half === undefined ? h <= 23 : h >= 1 && h <= 12;
  if (month === 0 || !isRealIsoDate(date) || !validHour) return Number.NaN;
  if (Number(minute) > 59 || Number(second) > 59) return Number.NaN;
  // 12 AM is midnight and 12 PM noon.
  const h24 = half === undefined ? h : (h % 12) + (half.toLowerCase() === "pm" ? 12 : 0);
  return Date.parse(`${date}T${pad(h24)}:${minute}:${second}Z`);
}

const pad = (n: number) => String(n).padStart(2, "0");
