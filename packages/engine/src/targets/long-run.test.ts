import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type DistanceCategory,
  distanceCategories,
  longRunCapMin,
  policy,
  rules,
} from "../constants.ts";
import type { Level } from "../schema/scenario.ts";
import {
  cutbackLongRun,
  type LongRunInput,
  loadingLongRun,
  longRunShareCap,
  peakLongRunMin,
} from "./long-run.ts";

const levels: Level[] = ["beginner", "intermediate", "advanced"];

describe("longRunShareCap (LR-3)", () => {
  it.each([
    // [category, run days, share]
    ["5k-10k", 7, 0.3],
    ["5k-10k", 6, 0.3],
    ["5k-10k", 5, 0.3], // 1.5 / 5 = 0.3: the same
    ["5k-10k", 4, 0.375], // 1.5 / 4 is larger
    ["5k-10k", 3, 0.5],
    ["half", 6, 0.3],
    ["half", 3, 0.5],
    ["marathon", 6, 0.35],
    ["marathon", 5, 0.35],
    ["marathon", 4, 0.375],
    ["50k", 6, 0.45],
    ["100k", 4, 0.45], // 1.5 / 4 = 0.375 is smaller
    ["100mi", 3, 0.5],
    ["100mi", 2, 0.75],
    ["100k", 1, 1.5],
    ["100k", 0, 1.5], // never divides by zero
  ] as const)("%s with %i run days: %d", (category, runDays, share) => {
    expect(longRunShareCap(category, runDays)).toBeCloseTo(share, 10);
  });

  it("is the larger of the distance's share and 1.5 ÷ run days", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...distanceCategories),
        fc.integer({ min: 1, max: 7 }),
        (category, runDays) => {
          const cap = longRunShareCap(category, runDays);
          expect(cap).toBeGreaterThanOrEqual(1.5 / runDays - 1e-12);
          expect(cap).toBeGreaterThanOrEqual(0.3);
          expect(cap).toBeLessThanOrEqual(Math.max(0.45, 1.5 / runDays) + 1e-12);
        },
      ),
      { seed: 70 },
    );
  });
});

describe("peakLongRunMin (LR-2)", () => {
  it.each(distanceCategories.flatMap((c) => levels.map((l) => [c, l] as const)))(
    "%s, %s: never above the LR-2 cap nor the athlete's own cap",
    (category, level) => {
      const free = peakLongRunMin(category, level, undefined);
      expect(free).toBeGreaterThan(0);
      expect(free).toBeLessThanOrEqual(longRunCapMin[category][level]);
      for (const own of [20, 60, 120, 200, 1000]) {
        const capped = peakLongRunMin(category, level, own);
        expect(capped).toBeLessThanOrEqual(own);
        expect(capped).toBeLessThanOrEqual(longRunCapMin[category][level]);
        expect(capped).toBe(Math.min(free, own));
      }
    },
  );

  it.each([
    ["100mi", "advanced", 360],
    ["100k", "advanced", 300],
    ["50k", "advanced", 240],
    ["marathon", "advanced", 180],
  ] as const)("an advanced athlete builds to the full cap: %s → %i", (category, level, cap) => {
    expect(peakLongRunMin(category, level, undefined)).toBe(cap);
  });
});

/** An input where nothing binds but what the test sets. */
const open = (x: Partial<LongRunInput> = {}): LongRunInput => ({
  category: "100k",
  timeBased: true,
  weekRunMin: 10_000,
  runDays: 5,
  backToBack: false,
  previousLongMin: 120,
  recentMaxMin: 1000,
  peakMin: 1000,
  dayCapMin: 1000,
  ...x,
});

const inputArb: fc.Arbitrary<LongRunInput> = fc.record({
  category: fc.constantFrom<DistanceCategory>(...distanceCategories),
  timeBased: fc.boolean(),
  weekRunMin: fc.integer({ min: 60, max: 1500 }),
  runDays: fc.integer({ min: 1, max: 7 }),
  backToBack: fc.boolean(),
  previousLongMin: fc.integer({ min: 20, max: 360 }),
  recentMaxMin: fc.integer({ min: 20, max: 400 }),
  peakMin: fc.integer({ min: 60, max: 360 }),
  dayCapMin: fc.integer({ min: 30, max: 600 }),
});

describe("loadingLongRun (LR-1, LR-2, LR-3)", () => {
  it.each([
    // [case, input, expected]
    ["ultra: +30 min over the previous long run", open({ previousLongMin: 120 }), 150],
    ["ultra: +30 min from 3 h", open({ previousLongMin: 180 }), 210],
    ["road: +15%, floored", open({ timeBased: false, previousLongMin: 90 }), 103],
    ["1.2 × the longest recent run", open({ recentMaxMin: 100 }), 120],
    ["the peak cap", open({ peakMin: 135 }), 135],
    ["the day's cap", open({ dayCapMin: 125 }), 125],
  ] satisfies [string, LongRunInput, number][])("%s", (_name, input, expected) => {
    expect(loadingLongRun(input)).toBe(expected);
  });

  it("road: grows by at most 15% over the previous long run", () => {
    const x = loadingLongRun(open({ timeBased: false, previousLongMin: 100 }));
    expect(x).toBeLessThanOrEqual(115);
    expect(x).toBeGreaterThanOrEqual(114); // 100 × 1.15 is 114.999… in floating point
  });

  it("keeps the long run inside the share of the week (LR-3)", () => {
    // 45% of 300 min is 135 min; the planner stays a little under it.
    const x = loadingLongRun(open({ weekRunMin: 300, runDays: 6 }));
    expect(x).toBeLessThanOrEqual(0.45 * 300);
    expect(x).toBeGreaterThan(0.4 * 300);
  });

  it("uses a shorter long run in a back-to-back weekend: the pair ≤ 65% of the week", () => {
    const single = loadingLongRun(open({ weekRunMin: 300, runDays: 5 }));
    const pair = loadingLongRun(open({ weekRunMin: 300, runDays: 5, backToBack: true }));
    expect(pair).toBeLessThan(single);
    expect(pair * (1 + policy.mediumLongOfLong)).toBeLessThanOrEqual(rules.backToBackShare * 300);
  });

  it("respects every bound at once, whatever binds", () => {
    fc.assert(
      fc.property(inputArb, (x) => {
        const long = loadingLongRun(x);
        expect(Number.isInteger(long)).toBe(true);
        if (x.timeBased)
          expect(long).toBeLessThanOrEqual(x.previousLongMin + rules.longRunStepUltraMin);
        else expect(long).toBeLessThanOrEqual(x.previousLongMin * (1 + rules.longRunStepRoad));
        expect(long).toBeLessThanOrEqual(x.recentMaxMin * rules.longRunVsRecentMax);
        expect(long).toBeLessThanOrEqual(x.peakMin);
        expect(long).toBeLessThanOrEqual(x.dayCapMin);
        if (x.backToBack) {
          const mediumLong = long * policy.mediumLongOfLong;
          expect(long + mediumLong).toBeLessThanOrEqual(rules.backToBackShare * x.weekRunMin);
        } else {
          expect(long).toBeLessThanOrEqual(longRunShareCap(x.category, x.runDays) * x.weekRunMin);
        }
      }),
      { seed: 71, numRuns: 500 },
    );
  });

  it("reaches the tightest bound (within rounding) when LR-3 does not bind", () => {
    fc.assert(
      fc.property(inputArb, (x) => {
        const y = { ...x, weekRunMin: 100_000, backToBack: false };
        const step = y.timeBased
          ? y.previousLongMin + rules.longRunStepUltraMin
          : y.previousLongMin * (1 + rules.longRunStepRoad);
        const tightest = Math.min(step, y.recentMaxMin * 1.2, y.peakMin, y.dayCapMin);
        expect(loadingLongRun(y)).toBe(Math.floor(tightest));
      }),
      { seed: 72 },
    );
  });
});

describe("cutbackLongRun (PR-1)", () => {
  it("is strictly shorter than the previous long run", () => {
    fc.assert(
      fc.property(inputArb, (x) => {
        const long = cutbackLongRun(x);
        expect(Number.isInteger(long)).toBe(true);
        expect(long).toBeLessThan(x.previousLongMin);
        expect(long).toBeLessThanOrEqual(x.dayCapMin);
        expect(long).toBeLessThanOrEqual(longRunShareCap(x.category, x.runDays) * x.weekRunMin);
        // After a longer race's block, the new block's peak (LR-2's cap) still holds.
        expect(long).toBeLessThanOrEqual(x.peakMin);
        // LR-1: the last long run may be weeks back; the 30 days' longest run still binds.
        expect(long).toBeLessThanOrEqual(x.recentMaxMin * rules.longRunVsRecentMax);
      }),
      { seed: 73, numRuns: 500 },
    );
  });

  it("is strictly shorter even when nothing else cuts it (fractional previous long runs too)", () => {
    for (const previous of [1, 2, 30, 30.5, 59.9, 100, 240]) {
      for (const timeBased of [true, false]) {
        const long = cutbackLongRun(open({ previousLongMin: previous, timeBased }));
        expect(long, `${previous} ${timeBased}`).toBeLessThan(previous);
      }
    }
  });

  it.each([
    // [case, input, expected]
    ["ultra: 30 min shorter from 3 h", open({ previousLongMin: 180 }), 150],
    ["ultra: 20% shorter at most, from 100 min", open({ previousLongMin: 100 }), 80],
    ["road: one step of 15% back", open({ timeBased: false, previousLongMin: 115 }), 100],
    ["1.2 × the longest recent run", open({ previousLongMin: 180, recentMaxMin: 100 }), 120],
  ] satisfies [string, LongRunInput, number][])("%s", (_name, input, expected) => {
    expect(cutbackLongRun(input)).toBe(expected);
  });

  it("leaves a step the next loading week can climb back (LR-1)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 40, max: 360 }), fc.boolean(), (previous, timeBased) => {
        const x = open({ previousLongMin: previous, timeBased });
        const cut = cutbackLongRun(x);
        const back = loadingLongRun({ ...x, previousLongMin: cut });
        expect(back).toBeGreaterThanOrEqual(Math.floor(previous * 0.98));
      }),
      { seed: 74 },
    );
  });
});
