import { describe, expect, it } from "vitest";
import { type DistanceCategory, distanceCategories } from "../constants.ts";
import {
  defaultMode,
  firstPeakMinWeeks,
  peakGapWeeks,
  rebuildMinWeeks,
  wholeWeeks,
} from "./modes.ts";

describe("defaultMode", () => {
  it.each([
    ["A", "peak"],
    ["B", "b-race"],
    ["C", "training-race"],
  ] as const)("%s → %s (MG-1)", (priority, mode) => {
    expect(defaultMode(priority)).toBe(mode);
  });
});

describe("the weeks a peak needs", () => {
  // Written out so a change to the constants shows up here as a decision, not silently.
  const same: Record<DistanceCategory, [gap: number, rebuild: number, first: number]> = {
    "5k-10k": [5, 6, 3],
    half: [6, 8, 4],
    marathon: [7, 10, 4],
    "50k": [7, 9, 4],
    "100k": [7, 10, 4],
    "100mi": [9, 13, 5],
  };
  it.each(distanceCategories)("%s after the same distance", (c) => {
    expect([peakGapWeeks(c, c), rebuildMinWeeks(c), firstPeakMinWeeks(c)]).toEqual(same[c]);
  });

  it("MG-2 takes the first race's recovery and the second race's taper", () => {
    expect(peakGapWeeks("half", "50k")).toBe(1 + 3 + 2);
    expect(peakGapWeeks("100mi", "5k-10k")).toBe(3 + 3 + 1);
  });

  it("counts whole weeks, rounded down", () => {
    expect(wholeWeeks("2027-05-02", "2027-05-30")).toBe(4);
    expect(wholeWeeks("2027-05-02", "2027-05-29")).toBe(3);
  });
});
