import { describe, expect, it } from "vitest";
import {
  addDays,
  daysBetween,
  epochDayOf,
  isoOf,
  isRealIsoDate,
  mondayOf,
  mondayOnOrAfter,
  shortDate,
  weekdayIndex,
} from "./dates.ts";

const msPerDay = 86_400_000;
/** An independent oracle: the proleptic Gregorian calendar of `Date.UTC`. */
const utcDay = (iso: string): number =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) /
  msPerDay;

describe("epochDayOf / isoOf", () => {
  it.each([
    ["1970-01-01", 0],
    ["1970-01-02", 1],
    ["1969-12-31", -1],
    ["2000-03-01", 11017],
    ["2027-01-04", 20822],
  ])("%s is epoch day %i", (iso, day) => {
    expect(epochDayOf(iso)).toBe(day);
    expect(isoOf(day)).toBe(iso);
  });

  it("round-trips every day from 1899 to 2101 and agrees with Date.UTC", () => {
    const from = epochDayOf("1899-01-01");
    const to = epochDayOf("2101-12-31");
    const wrong: string[] = [];
    let previous = "";
    for (let day = from; day <= to; day++) {
      const iso = isoOf(day);
      const ordered = iso > previous;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || !ordered || epochDayOf(iso) !== day)
        wrong.push(`${day} → ${iso}`);
      if (utcDay(iso) !== day) wrong.push(`${iso} is UTC day ${utcDay(iso)}, not ${day}`);
      previous = iso;
    }
    expect(to - from).toBeGreaterThan(73_000);
    expect(wrong).toEqual([]);
  });

  it.each([
    // [date, next day] across leap and non-leap Februaries, month and year ends
    ["2024-02-28", "2024-02-29"],
    ["2024-02-29", "2024-03-01"],
    ["2026-02-28", "2026-03-01"],
    ["2000-02-28", "2000-02-29"], // divisible by 400: leap
    ["2100-02-28", "2100-03-01"], // divisible by 100, not by 400: not leap
    ["1900-02-28", "1900-03-01"],
    ["2026-12-31", "2027-01-01"],
    ["2027-04-30", "2027-05-01"],
  ])("the day after %s is %s", (iso, next) => {
    expect(addDays(iso, 1)).toBe(next);
    expect(addDays(next, -1)).toBe(iso);
    expect(daysBetween(iso, next)).toBe(1);
  });

  it.each([
    [2023, 365],
    [2024, 366],
    [2000, 366],
    [2100, 365],
    [1900, 365],
    [2400, 366],
  ])("year %i has %i days", (year, days) => {
    expect(daysBetween(`${year}-01-01`, `${year + 1}-01-01`)).toBe(days);
  });
});

describe("weekdayIndex", () => {
  it.each([
    ["2027-01-04", 0], // a Monday
    ["2027-01-05", 1],
    ["2027-01-09", 5],
    ["2027-01-10", 6], // Sunday
    ["1970-01-01", 3], // a Thursday
    ["1969-12-29", 0], // before the epoch: still 0..6
    ["2024-02-29", 3],
    ["2100-03-01", 0],
  ])("%s has weekday %i (0 = Monday)", (iso, wd) => {
    expect(weekdayIndex(epochDayOf(iso))).toBe(wd);
  });

  it("cycles 0..6 and agrees with Date.getUTCDay", () => {
    const wrong: number[] = [];
    for (let day = epochDayOf("1960-01-01"); day < epochDayOf("1961-01-01"); day++) {
      const wd = weekdayIndex(day);
      if (wd !== (new Date(day * msPerDay).getUTCDay() + 6) % 7) wrong.push(day);
      if (weekdayIndex(day + 1) !== (wd + 1) % 7) wrong.push(day);
    }
    expect(wrong).toEqual([]);
  });
});

describe("mondayOf / mondayOnOrAfter", () => {
  it.each([
    // [date, mondayOf, mondayOnOrAfter]
    ["2027-01-04", "2027-01-04", "2027-01-04"], // Monday
    ["2027-01-05", "2027-01-04", "2027-01-11"], // Tuesday
    ["2027-01-09", "2027-01-04", "2027-01-11"], // Saturday
    ["2027-01-10", "2027-01-04", "2027-01-11"], // Sunday
    ["2026-01-01", "2025-12-29", "2026-01-05"], // across a year end
    ["2024-03-02", "2024-02-26", "2024-03-04"], // across a leap day
  ])("%s: week of %s, next Monday %s", (iso, monday, next) => {
    expect(mondayOf(iso)).toBe(monday);
    expect(mondayOnOrAfter(iso)).toBe(next);
  });

  it("always gives a Monday no more than 6 days away, on the right side", () => {
    const wrong: string[] = [];
    for (let day = epochDayOf("2026-01-01"); day < epochDayOf("2028-01-01"); day++) {
      const iso = isoOf(day);
      const before = epochDayOf(mondayOf(iso));
      const after = epochDayOf(mondayOnOrAfter(iso));
      const ok =
        weekdayIndex(before) === 0 &&
        weekdayIndex(after) === 0 &&
        day - before >= 0 &&
        day - before <= 6 &&
        after - day >= 0 &&
        after - day <= 6;
      if (!ok) wrong.push(iso);
    }
    expect(wrong).toEqual([]);
  });
});

describe("isRealIsoDate", () => {
  it.each(["2024-02-29", "2000-02-29", "2026-02-28", "2026-12-31", "2026-01-01", "1970-01-01"])(
    "accepts %s",
    (iso) => {
      expect(isRealIsoDate(iso)).toBe(true);
    },
  );

  it.each([
    "2026-02-30",
    "2026-02-29", // 2026 is not a leap year
    "2100-02-29", // nor is 2100
    "2026-13-01",
    "2026-00-10",
    "2026-04-31",
    "2026-01-00",
    "2026-01-32",
    "2026-1-01",
    "26-01-01",
    "2026/01/01",
    "2026-01-01T00:00:00Z",
    " 2026-01-01",
    "",
  ])("rejects %j", (iso) => {
    expect(isRealIsoDate(iso)).toBe(false);
  });
});

describe("shortDate", () => {
  it.each([
    ["2027-04-18", "18 Apr"],
    ["2027-01-04", "4 Jan"],
    ["2027-12-31", "31 Dec"],
  ])("%s → %s", (iso, text) => {
    expect(shortDate(iso)).toBe(text);
  });
});
