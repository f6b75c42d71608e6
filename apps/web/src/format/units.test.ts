import { describe, expect, it } from "vitest";
import {
  averagePace,
  formatDistance,
  formatDuration,
  formatPace,
  formatPaceBand,
  formatShare,
  formatStepDuration,
  formatVert,
  kmFrom,
  kmTo,
  metresFrom,
  metresTo,
} from "./units.ts";

describe("units", () => {
  it.each([
    [10.14, "km", "10.1 km"],
    [10.14, "mi", "6.3 mi"],
    [0.8, "km", "800 m"],
    [0, "km", "0 km"],
    [160.9344, "mi", "100 mi"],
  ] as const)("formats %s km in %s as %s", (km, units, text) => {
    expect(formatDistance(km, units)).toBe(text);
  });

  it("formats climbing in metres or feet", () => {
    expect(formatVert(2187, "km")).toBe("2,187 m");
    expect(formatVert(1000, "mi")).toBe("3,281 ft");
  });

  it("formats paces per km or per mile", () => {
    expect(formatPace(325, "km")).toBe("5:25/km");
    expect(formatPace(325, "mi")).toBe("8:43/mi");
    expect(formatPaceBand([277, 288], "km")).toBe("4:37–4:48/km");
    expect(formatPaceBand([300, 300.2], "km")).toBe("5:00/km");
    expect(averagePace(60, 12)).toBe(300);
    expect(averagePace(30, 0)).toBeUndefined();
  });

  it("formats durations the way a runner says them", () => {
    expect(formatDuration(45)).toBe("45 min");
    expect(formatDuration(61)).toBe("1 h 01");
    expect(formatDuration(549.4)).toBe("9 h 09");
    expect(formatStepDuration(10)).toBe("10′");
    expect(formatStepDuration(0.5)).toBe("30″");
    expect(formatStepDuration(1.5)).toBe("1′30″");
    expect(formatStepDuration(157)).toBe("2 h 37");
    expect(formatShare(0.874)).toBe("87%");
  });

  it("converts typed values both ways", () => {
    expect(kmFrom(26.2, "mi")).toBeCloseTo(42.16, 2);
    expect(kmTo(42.195, "mi")).toBe(26.22);
    expect(kmTo(kmFrom(13.1, "mi"), "mi")).toBe(13.1);
    expect(metresFrom(3281, "mi")).toBe(1000);
    expect(metresTo(1000, "mi")).toBe(3281);
    expect(metresTo(1000, "km")).toBe(1000);
  });
});
