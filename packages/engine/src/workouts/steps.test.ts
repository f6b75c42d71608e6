import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SimpleStep, Step, Zone } from "../schema/plan.ts";
import {
  cooldown,
  formatMinutes,
  qualityOf,
  recover,
  repeat,
  runSteps,
  totalMinutes,
  toWholeMinutes,
  warmup,
  work,
  zoneMinutesOf,
} from "./steps.ts";

const zones: Zone[] = ["z1", "z2", "z3", "z4", "z5"];
/** Step durations are multiples of 5 s: twelfths of a minute. */
const twelfths = fc.integer({ min: 1, max: 12 * 40 });
const simpleArb: fc.Arbitrary<SimpleStep> = fc.record({
  kind: fc.constantFrom("warmup", "work", "recover", "cooldown"),
  durationMin: twelfths.map((t) => t / 12),
  zone: fc.constantFrom(...zones),
});
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  simpleArb,
  fc
    .record({
      times: fc.integer({ min: 1, max: 12 }),
      steps: fc.array(simpleArb, { minLength: 1, maxLength: 3 }),
    })
    .map(({ times, steps }) => repeat(times, ...steps)),
);
/** A session as the workouts build it: anything, ending on a simple step (the cool-down). */
const sessionArb = fc
  .tuple(fc.array(stepArb, { maxLength: 5 }), simpleArb)
  .map(([steps, last]) => [...steps, last]);

const isWhole = (x: number) => Math.abs(x - Math.round(x)) < 1e-9;

describe("step builders", () => {
  it("snap durations to 5 seconds", () => {
    expect(warmup(10.03).durationMin).toBeCloseTo(10, 10);
    expect(work(0.75, "z5").durationMin).toBe(0.75);
    expect(work(1.04, "z5").durationMin).toBe(1);
    expect(work(1.05, "z5").durationMin).toBeCloseTo(1 + 1 / 12, 10);
    expect(cooldown(7.5).durationMin).toBe(7.5);
  });

  it("give easy zones to warm-up, cool-down and recoveries", () => {
    expect(warmup(15).zone).toBe("z2");
    expect(cooldown(10).zone).toBe("z2");
    expect(recover(2).zone).toBe("z1");
    expect(work(5, "z4", "1 mile")).toEqual({
      kind: "work",
      durationMin: 5,
      zone: "z4",
      label: "1 mile",
    });
    expect("label" in work(5, "z4")).toBe(false); // exactOptionalPropertyTypes: no undefined label
  });
});

describe("runSteps / totalMinutes / zoneMinutesOf", () => {
  const steps: Step[] = [
    warmup(15),
    repeat(4, work(3, "z5"), recover(2)),
    work(10, "z4"),
    cooldown(10),
  ];

  it("flattens repeats in order", () => {
    const flat = [...runSteps(steps)];
    expect(flat).toHaveLength(1 + 8 + 1 + 1);
    expect(flat.map((s) => s.kind).slice(0, 4)).toEqual(["warmup", "work", "recover", "work"]);
  });

  it("sums durations and zones", () => {
    expect(totalMinutes(steps)).toBe(15 + 4 * 5 + 10 + 10);
    expect(zoneMinutesOf(steps)).toEqual({ z1: 8, z2: 25, z3: 0, z4: 10, z5: 12 });
    expect(qualityOf(zoneMinutesOf(steps))).toBe(22);
  });

  it("counts a step without a zone as z2", () => {
    expect(zoneMinutesOf([{ kind: "work", durationMin: 12 }])).toEqual({
      z1: 0,
      z2: 12,
      z3: 0,
      z4: 0,
      z5: 0,
    });
  });

  it("has zone minutes that sum to the total, for any steps", () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 8 }), (s) => {
        const z = zoneMinutesOf(s);
        const sum = zones.reduce((acc, k) => acc + z[k], 0);
        expect(sum).toBeCloseTo(totalMinutes(s), 1);
      }),
      { seed: 100 },
    );
  });
});

describe("toWholeMinutes", () => {
  it("makes the total a whole number of minutes", () => {
    fc.assert(
      fc.property(sessionArb, (steps) => {
        const whole = toWholeMinutes(steps);
        const before = totalMinutes(steps);
        const after = totalMinutes(whole);
        expect(isWhole(after), `${before} → ${after}`).toBe(true);
        // By lengthening, by less than a minute, and only the last step.
        expect(after).toBeGreaterThanOrEqual(before - 1e-9);
        expect(after - before).toBeLessThan(1);
        expect(whole.slice(0, -1)).toEqual(steps.slice(0, -1));
        expect(whole.at(-1)?.kind).toBe(steps.at(-1)?.kind);
      }),
      { seed: 101, numRuns: 500 },
    );
  });

  it("leaves a session that is already whole alone", () => {
    const steps: Step[] = [warmup(15), repeat(5, work(1, "z5"), recover(1)), cooldown(10)];
    expect(toWholeMinutes(steps)).toBe(steps);
  });

  it.each([
    // [work minutes per rep, reps, cool-down before, cool-down after]
    [0.75, 8, 10, 10], // 8 × (45 s + 90 s) = 18 min: already whole
    [0.75, 7, 10, 10.25], // 15.75 min of reps
    [1.25, 3, 10, 10.75], // 8.25 min of reps
    [5 / 12, 1, 10, 10 + 1 / 12], // 1 min 55 s of reps
  ])("%d min × %i reps with 1.5 min recoveries: cool-down %d → %d", (rep, n, cool, after) => {
    const steps = toWholeMinutes([
      warmup(15),
      repeat(n, work(rep, "z5"), recover(1.5)),
      cooldown(cool),
    ]);
    expect(steps.at(-1)?.kind).toBe("cooldown");
    expect(steps.at(-1)?.kind === "cooldown" && steps.at(-1)).toMatchObject({
      durationMin: expect.closeTo(after, 9),
    });
    expect(isWhole(totalMinutes(steps))).toBe(true);
  });

  it("keeps exact twelfths over many steps (no floating drift)", () => {
    const steps: Step[] = [
      warmup(15 + 1 / 12),
      repeat(11, work(7 / 12, "z4"), recover(5 / 12)),
      cooldown(10),
    ];
    expect(isWhole(totalMinutes(toWholeMinutes(steps)))).toBe(true);
  });
});

describe("formatMinutes", () => {
  it.each([
    [0, "0 min"],
    [45, "45 min"],
    [59.6, "1 h 00"],
    [60, "1 h 00"],
    [65, "1 h 05"],
    [150, "2 h 30"],
    [600, "10 h 00"],
  ])("%d → %s", (min, text) => {
    expect(formatMinutes(min)).toBe(text);
  });
});
