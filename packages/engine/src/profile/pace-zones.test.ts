import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Zone } from "../schema/plan.ts";
import { namedPaces, paceBands } from "./pace-zones.ts";
import { paceAtFraction, predictTimeMin, trainingPaces } from "./paces.ts";

const mileKm = 1.609344;
/** "m:ss" per km, or per mile with `perKm` false, in seconds per km. */
const secPerKm = (clock: string, perKm = true): number => {
  const [m, s] = clock.split(":").map(Number) as [number, number];
  return (m * 60 + s) / (perKm ? 1 : mileKm);
};

describe("namedPaces against Daniels' tables", () => {
  // VDOT 50: M from Table 3.1's 3:10:49 marathon; T, I and R (88 s a 400) from the
  // training-pace table. VDOT 40 and 80: T of 8:12 and 4:41 a mile.
  it.each([
    [50, "marathon", secPerKm("4:31"), 3],
    [50, "threshold", secPerKm("4:15"), 3],
    [50, "interval", secPerKm("3:55"), 3],
    [50, "repetition", secPerKm("3:40"), 5],
    [40, "threshold", secPerKm("8:12", false), 3],
    [80, "threshold", secPerKm("4:41", false), 3],
  ] as const)("VDOT %i: %s within ±%i s of the table", (vdot, pace, table, tolerance) => {
    expect(Math.abs(namedPaces(vdot)[pace] - table)).toBeLessThanOrEqual(tolerance);
  });

  // Table 3.1's mile: R is about the runner's mile race pace.
  it.each([
    [30, "9:11"],
    [40, "7:07"],
    [50, "5:50"],
  ])("VDOT %i: repetition pace is the %s mile's pace (±3 s/km)", (vdot, mile) => {
    expect(Math.abs(namedPaces(vdot).repetition - secPerKm(mile, false))).toBeLessThanOrEqual(3);
  });

  it("gives easy as 59–74% of VDOT: 4:54–5:52/km at VDOT 50", () => {
    const { easy } = namedPaces(50);
    expect(easy).toEqual([
      Math.round(paceAtFraction(50, 0.74)),
      Math.round(paceAtFraction(50, 0.59)),
    ]);
    expect(easy).toEqual([secPerKm("4:54"), secPerKm("5:52")]);
  });

  it("orders the paces and makes a fitter runner faster at every one", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 10, max: 89, noNaN: true }),
        fc.double({ min: 1, max: 10, noNaN: true }),
        (vdot, dv) => {
          const p = namedPaces(vdot);
          expect(p.repetition).toBeLessThan(p.interval);
          expect(p.interval).toBeLessThan(p.threshold);
          expect(p.threshold).toBeLessThan(p.marathon);
          expect(p.marathon).toBeLessThan(p.easy[0]);
          expect(p.easy[0]).toBeLessThan(p.easy[1]);
          const fitter = namedPaces(vdot + dv);
          expect(fitter.easy[0]).toBeLessThan(p.easy[0]);
          expect(fitter.easy[1]).toBeLessThan(p.easy[1]);
          for (const k of ["marathon", "threshold", "interval", "repetition"] as const)
            expect(fitter[k]).toBeLessThan(p[k]);
        },
      ),
      { seed: 40 },
    );
  });
});

describe("paceBands", () => {
  const fastestFirst: readonly Zone[] = ["z5", "z4", "z3", "z2", "z1"];

  it("gives each zone a band, fast end first, the faster zones' bands faster", () => {
    fc.assert(
      fc.property(fc.double({ min: 10, max: 90, noNaN: true }), (vdot) => {
        const bands = paceBands(vdot);
        for (const zone of fastestFirst) expect(bands[zone][0]).toBeLessThan(bands[zone][1]);
        for (let i = 1; i < fastestFirst.length; i++) {
          const faster = bands[fastestFirst[i - 1] as Zone];
          const slower = bands[fastestFirst[i] as Zone];
          expect(slower[0]).toBeGreaterThanOrEqual(faster[1]);
        }
      }),
      { seed: 41 },
    );
  });

  it("holds the pace each zone's distance is counted at (z3: the marathon pace)", () => {
    fc.assert(
      fc.property(fc.double({ min: 10, max: 90, noNaN: true }), (vdot) => {
        const bands = paceBands(vdot);
        const race = { distanceKm: 10, timeMin: predictTimeMin(vdot, 10) };
        const centres = trainingPaces("beginner", race).bySecPerKm;
        for (const zone of fastestFirst) {
          expect(centres[zone]).toBeGreaterThanOrEqual(bands[zone][0] - 0.5);
          expect(centres[zone]).toBeLessThanOrEqual(bands[zone][1] + 0.5);
        }
      }),
      { seed: 42 },
    );
  });

  it("puts threshold steps at 4:11–4:20/km for VDOT 50 (Daniels' T 4:15 inside)", () => {
    expect(paceBands(50).z4).toEqual([secPerKm("4:11"), secPerKm("4:20")]);
  });
});
