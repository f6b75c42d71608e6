import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { predictTimeMin, trainingPaces, vdotFromRace } from "./paces.ts";

/** "mm:ss" or "h:mm:ss" in minutes. */
function clock(text: string): number {
  const seconds = text
    .split(":")
    .map(Number)
    .reduce((acc, part) => acc * 60 + part, 0);
  return seconds / 60;
}

const km = { "5K": 5, "10K": 10, half: 21.0975, marathon: 42.195 } as const;

describe("Daniels–Gilbert race predictions (TRAINING-RULES.md, Pace and zones)", () => {
  // Daniels' Table 3.1; the formula is within ±10 s up to the half, ±35 s for the marathon.
  it.each([
    [30, "5K", "30:40", 10],
    [30, "10K", "63:46", 10],
    [40, "5K", "24:08", 10],
    [40, "half", "1:50:59", 10],
    [50, "5K", "19:57", 10],
    [50, "marathon", "3:10:49", 35],
  ] as const)("VDOT %i → %s in %s (±%i s)", (vdot, distance, table, toleranceSec) => {
    const predicted = predictTimeMin(vdot, km[distance]);
    expect(Math.abs(predicted - clock(table)) * 60).toBeLessThanOrEqual(toleranceSec);
  });

  it("reads the clock helper right", () => {
    expect(clock("30:40")).toBeCloseTo(30 + 40 / 60, 10);
    expect(clock("1:50:59")).toBeCloseTo(110 + 59 / 60, 10);
  });

  it.each([
    [5, 20],
    [10, 45],
    [21.0975, 95],
    [42.195, 200],
  ])("vdotFromRace(%d km, %d min) is the VDOT whose prediction gives that time back", (d, t) => {
    const vdot = vdotFromRace(d, t);
    expect(predictTimeMin(vdot, d)).toBeCloseTo(t, 6);
  });

  it("predictTimeMin inverts vdotFromRace over the usual range", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 25, max: 80, noNaN: true }),
        fc.constantFrom(1.5, 3, 5, 10, 15, 21.0975, 30, 42.195),
        (vdot, d) => {
          const t = predictTimeMin(vdot, d);
          expect(vdotFromRace(d, t)).toBeCloseTo(vdot, 6);
        },
      ),
      { seed: 30 },
    );
  });

  it("is monotone: a higher VDOT runs faster, a longer race takes longer and is run slower", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 25, max: 80, noNaN: true }),
        fc.double({ min: 0.5, max: 10, noNaN: true }),
        fc.double({ min: 3, max: 30, noNaN: true }),
        (vdot, dv, d) => {
          expect(predictTimeMin(vdot + dv, d)).toBeLessThan(predictTimeMin(vdot, d));
          const longer = d * 1.4;
          const tShort = predictTimeMin(vdot, d);
          const tLong = predictTimeMin(vdot, longer);
          expect(tLong).toBeGreaterThan(tShort);
          expect(tLong / longer).toBeGreaterThan(tShort / d);
        },
      ),
      { seed: 31 },
    );
  });
});

describe("trainingPaces", () => {
  it("gives VDOT 49 a threshold near 4:20/km and an interval pace near 3:59/km (the issue's check)", () => {
    const at49 = trainingPaces("intermediate", { distanceKm: 5, timeMin: predictTimeMin(49, 5) });
    expect(at49.vdot).toBeCloseTo(49, 6);
    expect(Math.abs(at49.bySecPerKm.z4 - (4 * 60 + 20))).toBeLessThanOrEqual(3);
    expect(Math.abs(at49.bySecPerKm.z5 - (3 * 60 + 59))).toBeLessThanOrEqual(3);
  });

  const zonesInOrder = ["z5", "z4", "z3", "z2", "z1"] as const;

  it("orders the zones: z5 faster than z4 faster than z3 faster than z2 faster than z1", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 20, max: 85, noNaN: true }),
        fc.constantFrom(5, 10, 21.0975, 42.195),
        (vdot, d) => {
          const { bySecPerKm } = trainingPaces("intermediate", {
            distanceKm: d,
            timeMin: predictTimeMin(vdot, d),
          });
          for (let i = 1; i < zonesInOrder.length; i++) {
            const faster = zonesInOrder[i - 1] as (typeof zonesInOrder)[number];
            const slower = zonesInOrder[i] as (typeof zonesInOrder)[number];
            expect(bySecPerKm[faster]).toBeLessThan(bySecPerKm[slower]);
          }
        },
      ),
      { seed: 32 },
    );
  });

  it.each(["beginner", "intermediate", "advanced"] as const)(
    "orders the zones for a %s level default too, and says it is not measured",
    (level) => {
      const paces = trainingPaces(level);
      expect(paces.measured).toBe(false);
      const p = paces.bySecPerKm;
      expect(p.z5).toBeLessThan(p.z4);
      expect(p.z4).toBeLessThan(p.z3);
      expect(p.z3).toBeLessThan(p.z2);
      expect(p.z2).toBeLessThan(p.z1);
    },
  );

  it("makes faster athletes' defaults faster: advanced < intermediate < beginner", () => {
    const easy = (level: "beginner" | "intermediate" | "advanced") =>
      trainingPaces(level).bySecPerKm.z2;
    expect(easy("advanced")).toBeLessThan(easy("intermediate"));
    expect(easy("intermediate")).toBeLessThan(easy("beginner"));
  });

  it("uses the race's VDOT, and z3 is the predicted marathon pace", () => {
    const paces = trainingPaces("beginner", { distanceKm: 10, timeMin: 45 });
    expect(paces.measured).toBe(true);
    expect(paces.vdot).toBeCloseTo(vdotFromRace(10, 45), 10);
    const marathonSecPerKm = (predictTimeMin(paces.vdot, 42.195) * 60) / 42.195;
    expect(paces.bySecPerKm.z3).toBeCloseTo(marathonSecPerKm, 6);
  });

  it("gives the threshold pace back as z4 (threshold ≈ 88% of VDOT)", () => {
    for (const threshold of [210, 240, 270, 300, 360, 420]) {
      const paces = trainingPaces("beginner", undefined, threshold);
      expect(paces.measured).toBe(true);
      expect(paces.bySecPerKm.z4).toBeCloseTo(threshold, 6);
    }
  });

  it("prefers a race to a threshold pace", () => {
    const race = { distanceKm: 5, timeMin: 20 };
    expect(trainingPaces("beginner", race, 400).vdot).toBeCloseTo(vdotFromRace(5, 20), 10);
  });

  it("puts the interval pace (97.5% of VDOT) a little slower than a race of ~11 minutes", () => {
    // VO2max is sustained for roughly 11 minutes: 97.5% of it is about 3K–5K effort.
    for (const vdot of [30, 40, 50, 60]) {
      const paces = trainingPaces("beginner", { distanceKm: 5, timeMin: predictTimeMin(vdot, 5) });
      const fiveKPace = (predictTimeMin(vdot, 5) * 60) / 5;
      const threeKPace = (predictTimeMin(vdot, 3) * 60) / 3;
      expect(paces.bySecPerKm.z5).toBeGreaterThan(threeKPace - 5);
      expect(paces.bySecPerKm.z5).toBeLessThan(fiveKPace + 5);
    }
  });
});
