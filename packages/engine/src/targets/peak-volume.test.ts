import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type DistanceCategory, distanceCategories, peakHours, policy } from "../constants.ts";
import type { Level } from "../schema/scenario.ts";
import { peakVolume } from "./peak-volume.ts";

const levels: Level[] = ["beginner", "intermediate", "advanced"];
const rangeMin = (c: DistanceCategory, l: Level) =>
  peakHours[c][l].map((h) => h * 60) as [number, number];

const argsArb = fc.record({
  category: fc.constantFrom(...distanceCategories),
  level: fc.constantFrom(...levels),
  startRunMin: fc.integer({ min: 60, max: 1200 }),
  rampCap: fc.constantFrom(0.07, 0.1, 0.12, 0.15),
  loadingSteps: fc.integer({ min: 0, max: 30 }),
  capRunMin: fc.integer({ min: 60, max: 3000 }),
});

describe("peakVolume (PR-5)", () => {
  it("reports the table's range in minutes", () => {
    const { rangeMin: range } = peakVolume({
      category: "100k",
      level: "intermediate",
      startRunMin: 360,
      rampCap: 0.12,
      loadingSteps: 15,
      capRunMin: 3000,
    });
    expect(range).toEqual([480, 660]);
  });

  it.each(distanceCategories.flatMap((c) => levels.map((l) => [c, l] as const)))(
    "%s, %s: lands inside the range when the ramp can reach it",
    (category, level) => {
      const [lo, hi] = rangeMin(category, level);
      // From the low end of the range, 1.5× is above it: the peak sits inside the range.
      for (const startRunMin of [lo / 1.5, lo * 0.8, lo, (lo + hi) / 2]) {
        const p = peakVolume({
          category,
          level,
          startRunMin,
          rampCap: 0.12,
          loadingSteps: 20,
          capRunMin: 3000,
        });
        expect(p.status).toBe("in-range");
        expect(p.runMin).toBeGreaterThanOrEqual(lo);
        expect(p.runMin).toBeLessThanOrEqual(hi);
      }
    },
  );

  it.each(distanceCategories.flatMap((c) => levels.map((l) => [c, l] as const)))(
    "%s, %s: peaks lower and says so when the ramp can't reach the range",
    (category, level) => {
      const [lo] = rangeMin(category, level);
      const startRunMin = lo / 2;
      const rampCap = 0.1;
      const loadingSteps = 3; // 1.1³ ≈ 1.33 < 2
      const p = peakVolume({
        category,
        level,
        startRunMin,
        rampCap,
        loadingSteps,
        capRunMin: 3000,
      });
      expect(p.status).toBe("below-range");
      expect(p.runMin).toBeLessThan(lo);
      expect(p.runMin).toBeCloseTo(startRunMin * (1 + rampCap) ** loadingSteps, 6);
    },
  );

  it("stays below the athlete's weekly cap, and reports below-range when the cap forces it", () => {
    const p = peakVolume({
      category: "100mi",
      level: "advanced",
      startRunMin: 600,
      rampCap: 0.15,
      loadingSteps: 20,
      capRunMin: 540,
    });
    expect(p.runMin).toBe(540);
    expect(p.status).toBe("below-range");
  });

  it("aims near 1.5× the current volume inside the range", () => {
    const p = peakVolume({
      category: "100k",
      level: "intermediate",
      startRunMin: 360,
      rampCap: 0.12,
      loadingSteps: 20,
      capRunMin: 3000,
    });
    expect(p.runMin).toBeCloseTo(Math.min(660, 360 * policy.peakVolumeOfChronic), 6);
  });

  it("holds PR-5's bounds for any input", () => {
    fc.assert(
      fc.property(argsArb, (args) => {
        const p = peakVolume(args);
        const [lo, hi] = rangeMin(args.category, args.level);
        const reachable = args.startRunMin * (1 + args.rampCap) ** args.loadingSteps;
        // Never above the cap, nor (unless it is already there) above what the ramp reaches.
        expect(p.runMin).toBeLessThanOrEqual(args.capRunMin);
        expect(p.runMin).toBeLessThanOrEqual(Math.max(reachable, args.startRunMin) + 1e-9);
        // Never below where the athlete starts (unless the cap is lower).
        expect(p.runMin).toBeGreaterThanOrEqual(Math.min(args.startRunMin, args.capRunMin));
        // Above the range only when the athlete already runs more than its top.
        if (p.runMin > hi + 0.5) expect(args.startRunMin).toBeGreaterThan(hi);
        // The status tells the truth.
        const expected =
          p.runMin < lo - 0.5 ? "below-range" : p.runMin > hi + 0.5 ? "above-range" : "in-range";
        expect(p.status).toBe(expected);
        // In range whenever the range is reachable and allowed.
        if (reachable >= lo && args.capRunMin >= lo && args.startRunMin <= hi) {
          expect(p.status).toBe("in-range");
        }
      }),
      { seed: 80, numRuns: 1000 },
    );
  });
});
