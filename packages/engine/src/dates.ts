/**
 * Calendar dates as ISO `YYYY-MM-DD` strings and epoch-day integers (days since 1970-01-01).
 * Pure integer arithmetic: no local-time `Date`, so no time zone or DST can shift a day.
 */

export type IsoDate = string;
export type EpochDay = number;

/** Days from 1970-01-01 to the civil date (Howard Hinnant's days_from_civil). */
export function epochDayOf(iso: IsoDate): EpochDay {
  const y0 = digits(iso, 0, 4);
  const m = digits(iso, 5, 7);
  const d = digits(iso, 8, 10);
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The number written in `text` from `from` to `to`, NaN if any of it is not a digit. Read by
 * char codes: dates are read on every day of every week, and slicing strings showed up.
 */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return Number.NaN;
    n = n * 10 + digit;
  }
  return n;
}

/** The civil date of an epoch day (Howard Hinnant's civil_from_days). */
export function isoOf(day: EpochDay): IsoDate {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** True when the string is a real calendar date in ISO form. */
export function isRealIsoDate(iso: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && isoOf(epochDayOf(iso)) === iso;
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayIndex(day: EpochDay): number {
  return (((day + 3) % 7) + 7) % 7;
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return isoOf(epochDayOf(iso) + days);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return epochDayOf(to) - epochDayOf(from);
}

/** The Monday of the week that holds the date. */
export function mondayOf(iso: IsoDate): IsoDate {
  return isoOf(mondayDayOf(iso));
}

/** The same Monday as an epoch day (no string made and read again). */
export function mondayDayOf(iso: IsoDate): EpochDay {
  const day = epochDayOf(iso);
  return day - weekdayIndex(day);
}

/** The date itself when it is a Monday, else the next Monday. */
export function mondayOnOrAfter(iso: IsoDate): IsoDate {
  const day = epochDayOf(iso);
  const wd = weekdayIndex(day);
  return isoOf(wd === 0 ? day : day + 7 - wd);
}

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

/** "18 Apr" — the short form used in sentences. */
export function shortDate(iso: IsoDate): string {
  return `${Number(iso.slice(8, 10))} ${monthNames[Number(iso.slice(5, 7)) - 1]}`;
}
