import { describe, expect, it } from "vitest";
import { climbThresholdM, elevationGainM, haversineM, pathLengthM } from "./track-math.ts";

/** One degree along a meridian or the equator, for the mean Earth radius. */
const degreeM = (6_371_008.8 * Math.PI) / 180;

describe("haversineM", () => {
  it("measures a degree of latitude and of longitude on the equator", () => {
    expect(haversineM({ lat: 45, lon: 6 }, { lat: 46, lon: 6 })).toBeCloseTo(degreeM, 6);
    expect(haversineM({ lat: 0, lon: 0 }, { lat: 0, lon: 1 })).toBeCloseTo(degreeM, 6);
  });

  it("shrinks a degree of longitude with the cosine of the latitude", () => {
    // Near 60° N a degree east is about half a degree of latitude.
    expect(haversineM({ lat: 60, lon: 0 }, { lat: 60, lon: 1 }) / degreeM).toBeCloseTo(0.5, 3);
  });

  it("adds a path's legs", () => {
    const path = [0, 0.01, 0.02, 0.035].map((lat) => ({ lat, lon: 7 }));
    expect(pathLengthM(path)).toBeCloseTo(0.035 * degreeM, 6);
    expect(pathLengthM(path.slice(0, 1))).toBe(0);
  });
});

/** Alternating ±amplitude: the wiggle of a GPS altitude around the true one. */
const noisy = (altitudes: readonly number[], amplitude: number) =>
  altitudes.map((a, i) => a + (i % 2 === 0 ? amplitude : -amplitude));
const ramp = (from: number, to: number, steps: number) =>
  Array.from({ length: steps + 1 }, (_, i) => from + ((to - from) * i) / steps);

describe("elevationGainM", () => {
  it("counts a steady climb in full", () => {
    expect(elevationGainM(ramp(500, 800, 300))).toBeCloseTo(300, 9);
  });

  it("counts nothing for noise on flat ground, where adding every rise would give metres", () => {
    const flat = noisy(Array(600).fill(200), 1.5);
    expect(elevationGainM(flat)).toBe(0);
    const naive = flat.reduce((sum, a, i) => sum + Math.max(0, a - (flat[i - 1] ?? a)), 0);
    expect(naive).toBeGreaterThan(800);
  });

  it("counts a noisy climb from its lowest to its highest reading", () => {
    // 0 → 200 m → 0 → 100 m, with ±1.5 m of noise at every reading: each of the two climbs
    // is read from a low 1.5 m too low to a top 1.5 m too high at worst.
    const track = noisy([...ramp(0, 200, 400), ...ramp(200, 0, 400), ...ramp(0, 100, 200)], 1.5);
    expect(elevationGainM(track)).toBeGreaterThanOrEqual(300);
    expect(elevationGainM(track)).toBeLessThanOrEqual(300 + 2 * 3);
  });

  it("ignores a dip smaller than the threshold inside a climb, but not a real descent", () => {
    expect(elevationGainM([0, 10, 10 - climbThresholdM + 1, 20])).toBe(20);
    expect(elevationGainM([0, 10, 10 - climbThresholdM, 20])).toBe(10 + climbThresholdM + 10);
  });

  it("needs a rise of the threshold before anything counts", () => {
    expect(elevationGainM([0, climbThresholdM - 0.5, 0])).toBe(0);
    expect(elevationGainM([0, climbThresholdM, 0])).toBe(climbThresholdM);
    expect(elevationGainM([])).toBe(0);
  });
});
