import { describe, expect, it } from "vitest";
import {
  addDays,
  dayLabel,
  isIsoDate,
  longDate,
  mondayOf,
  relativeDays,
  weekdayIndex,
  weekSpan,
} from "./dates.ts";

describe("calendar dates", () => {
  it("counts weekdays from Monday", () => {
    expect(weekdayIndex("2027-01-04")).toBe(0);
    expect(weekdayIndex("2027-01-10")).toBe(6);
    expect(mondayOf("2027-03-31")).toBe("2027-03-29");
  });

  it("adds days across months, years and DST changes", () => {
    expect(addDays("2027-03-27", 2)).toBe("2027-03-29");
    expect(addDays("2026-12-30", 3)).toBe("2027-01-02");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
  });

  it("words dates the way the plan reads them", () => {
    expect(dayLabel("2027-03-30")).toBe("Tue 30 Mar");
    expect(longDate("2027-06-05")).toBe("5 Jun 2027");
    expect(weekSpan("2027-03-29")).toBe("29 Mar – 4 Apr");
  });

  it("counts down to a race", () => {
    expect(relativeDays("2027-01-01", "2027-01-01")).toBe("today");
    expect(relativeDays("2027-01-01", "2027-01-02")).toBe("in 1 day");
    expect(relativeDays("2027-01-01", "2027-03-01")).toBe("in 8 weeks");
    expect(relativeDays("2027-03-01", "2027-02-20")).toBe("9 days ago");
  });

  it("knows a real date", () => {
    expect(isIsoDate("2027-02-28")).toBe(true);
    expect(isIsoDate("2027-02-30")).toBe(false);
    expect(isIsoDate("27-2-3")).toBe(false);
  });
});
