import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rules } from "../constants.ts";
import type { WeekFrame } from "../macro/macro.ts";
import { testGoal } from "../season/goal.test-util.ts";
import type { GoalContext } from "../season/goal-context.ts";
import { factorForVert, kmOf, phaseVertFactor, specificVertFactor, vertForFactor } from "./vert.ts";

const posArb = (min: number, max: number) => fc.double({ min, max, noNaN: true });

describe("kmOf (ITRA km-effort)", () => {
  it.each([
    // [minutes, easy pace s/km, vert m, km]
    [60, 360, 0, 10],
    [60, 360, 500, 5], // 10 km-effort, 5 of them spent on 500 m of climbing
    [60, 360, 2000, 0], // never negative
    [0, 360, 0, 0],
  ])("%i min at %i s/km with %i m of climbing → %d km", (min, pace, vert, km) => {
    expect(kmOf(min, pace, vert)).toBeCloseTo(km, 10);
  });
});

describe("vertForFactor / factorForVert", () => {
  it("are inverses", () => {
    fc.assert(
      fc.property(
        posArb(0.01, 2),
        posArb(1, 120),
        posArb(20, 1500),
        posArb(240, 480),
        (f, density, runMin, pace) => {
          const vert = vertForFactor(f, density, runMin, pace);
          expect(factorForVert(vert, density, runMin, pace)).toBeCloseTo(f, 8);
        },
      ),
      { seed: 90 },
    );
  });

  it("gives f × density × the kilometres actually covered (SP-1)", () => {
    fc.assert(
      fc.property(
        posArb(0.01, 2),
        posArb(1, 120),
        posArb(20, 1500),
        posArb(240, 480),
        (f, density, runMin, pace) => {
          const vert = vertForFactor(f, density, runMin, pace);
          expect(vert).toBeGreaterThan(0);
          expect(vert).toBeCloseTo(f * density * kmOf(runMin, pace, vert), 6);
        },
      ),
      { seed: 91 },
    );
  });

  it("grows with the factor and with the running time", () => {
    fc.assert(
      fc.property(posArb(0.05, 1.5), posArb(5, 100), posArb(60, 900), (f, density, runMin) => {
        const v = vertForFactor(f, density, runMin, 360);
        expect(vertForFactor(f * 1.1, density, runMin, 360)).toBeGreaterThan(v);
        expect(vertForFactor(f, density, runMin * 1.1, 360)).toBeGreaterThan(v);
      }),
      { seed: 92 },
    );
  });

  it("gives no vert for a flat race, and factor 0 where nothing is run", () => {
    expect(vertForFactor(1, 0, 300, 360)).toBe(0);
    expect(factorForVert(500, 0, 300, 360)).toBe(0);
    expect(factorForVert(500, 35, 0, 360)).toBe(0);
    expect(factorForVert(10_000, 35, 60, 360)).toBe(0); // more climbing than the hour can hold
  });
});

describe("specificVertFactor (SP-1)", () => {
  it("keeps an ultra's specific factor inside 0.8–1.2, high enough for 60% of the race's gain", () => {
    fc.assert(
      fc.property(
        posArb(0, 10_000),
        posArb(50, 170),
        posArb(200, 1200),
        posArb(300, 420),
        (gain, distanceKm, peakRunMin, pace) => {
          const density = gain / distanceKm;
          const f = specificVertFactor({
            ultra: true,
            raceGainM: gain,
            density,
            peakRunMin,
            easyPaceSecPerKm: pace,
          });
          const [fLo, fHi] = rules.vertFactor.specific;
          expect(f).toBeGreaterThanOrEqual(fLo);
          expect(f).toBeLessThanOrEqual(fHi);
          // When a factor well inside the band gives 60% of the race's gain, the one picked does.
          const need = factorForVert(gain * rules.peakVertOfRace[0], density, peakRunMin, pace);
          if (gain > 0 && need > 0 && need <= fHi - 0.15) {
            expect(vertForFactor(f, density, peakRunMin, pace)).toBeGreaterThanOrEqual(gain * 0.6);
          }
        },
      ),
      { seed: 93 },
    );
  });

  it("is 1 for a non-ultra", () => {
    expect(
      specificVertFactor({
        ultra: false,
        raceGainM: 400,
        density: 10,
        peakRunMin: 400,
        easyPaceSecPerKm: 330,
      }),
    ).toBe(1);
  });
});

describe("phaseVertFactor (SP-1 ramp)", () => {
  const frame = (
    phase: WeekFrame["phase"],
    weekInPhase: number,
    phaseLength: number,
  ): WeekFrame => ({
    index: 0,
    startDate: "2027-01-04",
    phase,
    kind: phase === "specific" ? "build" : phase === "race" ? "race" : "base",
    goalId: "g",
    weekInPhase,
    phaseLength,
    ...seasonOf(testGoal({ date: "2027-06-26" })),
  });

  it("rises through base from ~30–50% of the race's density, and through build to the specific band", () => {
    const base = [0, 1, 2, 3].map((i) => phaseVertFactor(frame("base", i, 4), 1));
    const build = [0, 1, 2].map((i) => phaseVertFactor(frame("build", i, 3), 1));
    const [lo, hi] = rules.vertFactor.base;
    for (const f of base) {
      expect(f).toBeGreaterThanOrEqual(lo);
      expect(f).toBeLessThanOrEqual(hi);
    }
    const ramp = [...base, ...build];
    for (let i = 1; i < ramp.length; i++) expect(ramp[i]).toBeGreaterThan(ramp[i - 1] ?? 0);
    // The first specific week climbs from there within SP-1's 25% a week.
    expect(build.at(-1)).toBeGreaterThanOrEqual(rules.vertFactor.specific[0]);
    expect(build.at(-1)).toBeLessThan(1);
  });

  it("uses the specific factor in specific and peak weeks", () => {
    expect(phaseVertFactor(frame("specific", 2, 6), 0.93)).toBe(0.93);
    expect(phaseVertFactor(frame("peak", 0, 2), 0.93)).toBe(0.93);
  });

  it("falls in taper, race and recovery", () => {
    const specific = 1;
    const taper = phaseVertFactor(frame("taper", 0, 2), specific);
    const race = phaseVertFactor(frame("race", 0, 1), specific);
    const recovery = phaseVertFactor(frame("recovery", 0, 2), specific);
    expect(taper).toBeLessThan(specific);
    expect(race).toBeLessThan(taper);
    expect(recovery).toBeLessThan(taper);
  });

  it("handles a one-week phase", () => {
    expect(phaseVertFactor(frame("base", 0, 1), 1)).toBeGreaterThanOrEqual(
      rules.vertFactor.base[0],
    );
  });
});

function seasonOf(goal: GoalContext) {
  return { focus: goal, endurance: goal, terrain: goal, trainingRaces: [] };
}
