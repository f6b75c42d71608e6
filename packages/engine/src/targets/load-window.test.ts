import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LoadWindow } from "./load-window.ts";

/** A window of plan weeks after an empty history; the race, if any, is all of its week's load. */
function windowOf(loads: readonly number[], raceAt?: number): LoadWindow {
  const w = new LoadWindow([], 0);
  for (const [i, l] of loads.entries()) w.push(l, i === raceAt ? 0 : l);
  return w;
}

describe("LoadWindow", () => {
  it("reads PR-3's mean over the last four weeks", () => {
    expect(windowOf([100, 200, 300, 400, 500]).mean).toBe(350);
    expect(windowOf([100, 200, 300, 400, 500]).ceiling(1.3)).toBeCloseTo(455, 9);
  });

  it("looks ahead only while a race's load is in the window", () => {
    expect(windowOf([300, 320, 340, 360]).holdable(1.3)).toBe(Number.POSITIVE_INFINITY);
    // A 100-miler's week leaving the window: the week may reach what the next can hold.
    expect(windowOf([1500, 110, 280, 340], 0).holdable(1.3)).toBeCloseTo(
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
          const level = windowOf(loads, raceAt).holdable(cap);
          const next = windowOf([...loads.slice(1), level]);
          expect(level).toBeLessThanOrEqual(next.mean * cap + 1e-6);
        },
      ),
    );
  });
});
