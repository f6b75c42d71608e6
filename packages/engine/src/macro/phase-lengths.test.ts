import { describe, expect, it } from "vitest";
import {
  type DistanceCategory,
  distanceCategories,
  phaseWeeks,
  type TrainingPhase,
  taperWeeks,
  taperWeeksRange,
} from "../constants.ts";
import { phaseLengths } from "./phase-lengths.ts";

const training: TrainingPhase[] = ["base", "build", "specific", "peak"];
const runways = Array.from({ length: 60 }, (_, i) => i + 1);
const sumOf = (c: DistanceCategory, end: 0 | 1) =>
  training.reduce((s, p) => s + phaseWeeks[c][p][end], 0) + taperWeeks[c];

const cases = distanceCategories.flatMap((c) => runways.map((w) => [c, w] as const));

describe("phaseLengths", () => {
  it("keeps the taper inside TP-1's range for every distance", () => {
    for (const c of distanceCategories) {
      const [lo, hi] = taperWeeksRange[c];
      expect(taperWeeks[c]).toBeGreaterThanOrEqual(lo);
      expect(taperWeeks[c]).toBeLessThanOrEqual(hi);
    }
  });

  describe.each(distanceCategories)("%s, for runways of 1 to 60 weeks", (c) => {
    const minimum = sumOf(c, 0);
    const maximum = sumOf(c, 1);
    const all = runways.map((w) => ({ w, ...phaseLengths(c, w) }));

    it("uses exactly the weeks before the race week, none negative", () => {
      for (const { w, lengths } of all) {
        const total = training.reduce((s, p) => s + lengths[p], 0) + lengths.taper;
        expect(total, `${w} weeks`).toBe(w);
        for (const p of [...training, "taper"] as const) {
          expect(lengths[p], `${p} at ${w} weeks`).toBeGreaterThanOrEqual(0);
        }
      }
    });

    it("never compresses the taper when the runway allows it (PH-2)", () => {
      for (const { w, lengths } of all) {
        expect(lengths.taper, `${w} weeks`).toBe(Math.min(w, taperWeeks[c]));
      }
    });

    it("PH-2: weeksMissing = sum of minimums − weeks available, when short", () => {
      for (const { w, weeksMissing } of all) {
        expect(weeksMissing, `${w} weeks`).toBe(Math.max(0, minimum - w));
      }
    });

    it("keeps every phase within its range when the runway is between the sums", () => {
      for (const { w, lengths, weeksMissing, weeksExtra } of all) {
        if (w < minimum || w > maximum) continue;
        expect(weeksMissing).toBe(0);
        expect(weeksExtra).toBe(0);
        for (const p of training) {
          const [lo, hi] = phaseWeeks[c][p];
          expect(lengths[p], `${p} at ${w} weeks`).toBeGreaterThanOrEqual(lo);
          expect(lengths[p], `${p} at ${w} weeks`).toBeLessThanOrEqual(hi);
        }
      }
    });

    it("PH-3: gives weeks beyond the sum of maximums to base, and counts them", () => {
      for (const { w, lengths, weeksExtra } of all) {
        expect(weeksExtra, `${w} weeks`).toBe(Math.max(0, w - maximum));
        if (w <= maximum) continue;
        expect(lengths.base).toBe(phaseWeeks[c].base[1] + weeksExtra);
        for (const p of ["build", "specific", "peak"] as const) {
          expect(lengths[p]).toBe(phaseWeeks[c][p][1]);
        }
        expect(lengths.taper).toBe(taperWeeks[c]);
      }
    });

    it("PH-2: compresses base first, then build, then specific", () => {
      for (const { w, lengths } of all) {
        const below = (p: TrainingPhase) => lengths[p] < phaseWeeks[c][p][0];
        if (below("build")) expect(lengths.base, `base at ${w} weeks`).toBeLessThanOrEqual(1);
        if (below("specific")) {
          expect(lengths.base, `base at ${w} weeks`).toBeLessThanOrEqual(1);
          expect(lengths.build, `build at ${w} weeks`).toBeLessThanOrEqual(1);
        }
        // A phase is compressed exactly when the runway is short.
        expect(training.some(below), `${w} weeks`).toBe(w < minimum);
      }
    });

    it("keeps a week of base, build and specific while the runway has room for them and peak", () => {
      // The spec compresses base, build and specific, never the taper; peak keeps its minimum.
      for (const { w, lengths } of all) {
        if (w - taperWeeks[c] < 3 + phaseWeeks[c].peak[0]) continue;
        for (const p of ["base", "build", "specific"] as const) {
          expect(lengths[p], `${p} at ${w} weeks`).toBeGreaterThanOrEqual(1);
        }
      }
    });

    it("never shortens a phase when the runway grows", () => {
      for (let i = 1; i < all.length; i++) {
        const before = all[i - 1];
        const after = all[i];
        if (!before || !after) continue;
        for (const p of [...training, "taper"] as const) {
          expect(
            after.lengths[p],
            `${p} from ${before.w} to ${after.w} weeks`,
          ).toBeGreaterThanOrEqual(before.lengths[p]);
        }
      }
    });
  });

  it.each(cases.filter(([, w]) => w === 1))("%s with 1 week: only the taper", (c, w) => {
    const { lengths } = phaseLengths(c, w);
    expect(lengths).toEqual({ base: 0, build: 0, specific: 0, peak: 0, taper: 1 });
  });

  it.each([
    // [category, runway, base, build, specific, peak, taper]
    ["100k", 16, 4, 4, 4, 2, 2] /* the sum of minimums */,
    ["100k", 30, 11, 6, 8, 3, 2] /* 27 is the sum of maximums: base takes 3 more */,
    ["marathon", 15, 3, 4, 4, 2, 2],
    ["marathon", 12, 1, 3, 4, 2, 2] /* 3 short: base loses 2, build 1 */,
    ["100mi", 40, 20, 6, 8, 3, 3] /* 30 is the sum of maximums: base takes 10 more */,
    ["5k-10k", 3, 0, 1, 1, 0, 1] /* 5 short: each down to a week, then base goes first */,
  ] as const)(
    "%s with %i weeks: %i/%i/%i/%i + taper %i",
    (c, w, base, build, specific, peak, taper) => {
      expect(phaseLengths(c, w).lengths).toEqual({ base, build, specific, peak, taper });
    },
  );
});
