import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type HrZone, hrZones } from "./hr-zones.ts";

const bands = (zones: HrZone[]) => zones.map((z) => [z.min, z.max]);

/** Whole bpm zones that follow each other: no gap, no overlap, each at least one bpm wide. */
function expectContiguous(zones: HrZone[]): void {
  expect(zones.map((z) => z.zone)).toEqual(["z1", "z2", "z3", "z4", "z5"]);
  zones.forEach((z, i) => {
    expect(Number.isInteger(z.min) && Number.isInteger(z.max)).toBe(true);
    expect(z.min).toBeLessThanOrEqual(z.max);
    const next = zones[i + 1];
    if (next) expect(next.min).toBe(z.max + 1);
  });
}

describe("hrZones from LTHR (Friel)", () => {
  it("splits LTHR 168 at 85, 90, 95 and 100%, with Z5 to 106% without a max HR", () => {
    expect(bands(hrZones({ lthr: 168 }))).toEqual([
      [121, 142],
      [143, 151],
      [152, 159],
      [160, 167],
      [168, 178],
    ]);
  });

  it("ends Z5 at the max HR when there is one", () => {
    expect(hrZones({ lthr: 168, maxHr: 188 }).at(-1)).toEqual({ zone: "z5", min: 168, max: 188 });
  });

  it("puts a boundary that falls on a whole bpm in the zone above: 85% of 160 is Z2", () => {
    const [z1, z2] = hrZones({ lthr: 160 });
    expect(z1?.max).toBe(135);
    expect(z2?.min).toBe(136);
  });

  it("keeps every bpm of each zone inside Friel's % of LTHR, for any LTHR and max HR", () => {
    const lows = [0.72, 0.85, 0.9, 0.95, 1];
    fc.assert(
      fc.property(
        fc.integer({ min: 80, max: 230 }),
        fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
        (lthr, above) => {
          const maxHr = above === undefined ? undefined : Math.min(240, lthr + above);
          const zones = hrZones({ lthr, maxHr });
          expectContiguous(zones);
          zones.forEach((z, i) => {
            expect(z.min / lthr).toBeGreaterThanOrEqual(lows[i] ?? 0);
            const nextLow = lows[i + 1];
            if (nextLow !== undefined) expect(z.max / lthr).toBeLessThan(nextLow);
          });
          expect(zones.at(-1)?.max).toBe(maxHr ?? Math.round(lthr * 1.06));
        },
      ),
      { seed: 50 },
    );
  });
});

describe("hrZones from max HR alone", () => {
  it("splits max HR 182 at 65, 72, 80, 88 and 93%", () => {
    expect(bands(hrZones({ maxHr: 182 }))).toEqual([
      [119, 131],
      [132, 145],
      [146, 160],
      [161, 169],
      [170, 182],
    ]);
  });

  it("keeps easy (Z1 and Z2) at 65–79% of max HR and ends Z5 at max HR", () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 240 }), (maxHr) => {
        const zones = hrZones({ maxHr });
        expectContiguous(zones);
        expect((zones[0]?.min ?? 0) / maxHr).toBeGreaterThanOrEqual(0.65);
        expect((zones[1]?.max ?? 0) / maxHr).toBeLessThan(0.8);
        expect(zones.at(-1)?.max).toBe(maxHr);
      }),
      { seed: 51 },
    );
  });

  it("prefers LTHR when both are given", () => {
    expect(hrZones({ lthr: 168, maxHr: 188 })[1]).toEqual({ zone: "z2", min: 143, max: 151 });
  });
});

it("gives no zones without LTHR or max HR", () => {
  expect(hrZones({})).toEqual([]);
});
