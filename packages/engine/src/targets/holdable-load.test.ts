import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { holdableLoad } from "./holdable-load.ts";

describe("holdableLoad", () => {
  it("looks ahead only while a race's load is in the window", () => {
    expect(holdableLoad([300, 320, 340, 360], [0, 0, 0, 0], 1.3, 4)).toBe(Number.POSITIVE_INFINITY);
    // A 100-miler's week leaving the window: the week may reach what the next can hold.
    expect(holdableLoad([1500, 110, 280, 340], [1200, 0, 0, 0], 1.3, 4)).toBeCloseTo(
      (1.3 * (110 + 280 + 340)) / 2.7,
      6,
    );
  });

  it("gives a level the week after can stay at under the cap once the oldest week leaves", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1500 }), { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom(1.17, 1.2, 1.27, 1.3),
        (loads, raceAt, cap) => {
          const races = loads.map((l, i) => (i === raceAt ? Math.max(1, l) : 0));
          const level = holdableLoad(loads, races, cap, 4);
          const nextWindow = [...loads.slice(1), level];
          const nextMean = nextWindow.reduce((s, x) => s + x, 0) / 4;
          expect(level).toBeLessThanOrEqual(nextMean * cap + 1e-6);
        },
      ),
    );
  });
});
