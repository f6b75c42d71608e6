import { describe, expect, it } from "vitest";
import { epochDayOf } from "../dates.ts";
import { RecentRuns } from "./recent-runs.ts";

const day = (iso: string) => epochDayOf(iso);

describe("RecentRuns (LR-1's 30-day memory)", () => {
  it("knows nothing without history", () => {
    expect(new RecentRuns([]).maxBefore(day("2027-01-04"))).toBeUndefined();
  });

  it("puts a history week's longest run on its Sunday", () => {
    const recent = new RecentRuns([{ start: "2026-12-28", minutes: 300, longestRunMin: 110 }]);
    expect(recent.maxBefore(day("2027-01-03"))).toBeUndefined(); // not before Sunday itself
    expect(recent.maxBefore(day("2027-01-04"))).toBe(110);
  });

  it.each([
    // [day asked, longest in the 30 days before it]
    ["2027-01-10", 150], // all three in range
    ["2027-01-31", 150], // 01-01 is exactly 30 days before: still in
    ["2027-02-01", 120], // 01-01 has left the window
    ["2027-02-15", 90],
    ["2027-03-20", undefined],
    ["2027-01-01", undefined], // strictly before the day
  ])("on %s: %s", (asked, expected) => {
    const recent = new RecentRuns([]);
    recent.add(day("2027-01-01"), 150);
    recent.add(day("2027-01-05"), 120);
    recent.add(day("2027-01-20"), 90);
    expect(recent.maxBefore(day(asked))).toBe(expected);
  });
});
