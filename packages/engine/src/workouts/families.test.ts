import { describe, expect, it } from "vitest";
import { seededRandom } from "../random.ts";
import type { Zone } from "../schema/plan.ts";
import {
  type Family,
  type FamilyInput,
  pickupsWithin,
  type WorkPart,
  workPart,
  workPartWithin,
} from "./families.ts";
import { qualityOf, runSteps, totalMinutes, zoneMinutesOf } from "./steps.ts";

/** Every family (the `satisfies` makes the compiler list any family added later). */
const families = Object.keys({
  fartlek: true,
  "short-hills": true,
  intervals: true,
  threshold: true,
  tempo: true,
  "race-pace-half": true,
  "long-hills": true,
  downhill: true,
  "power-hike": true,
  steady: true,
  progression: true,
} satisfies Record<Family, true>) as Family[];

const zones: Zone[] = ["z1", "z2", "z3", "z4", "z5"];
const quality = new Set<Zone>(["z3", "z4", "z5"]);

/** Draws that reach every index of a list of up to 12 variants. */
const draws = Array.from({ length: 12 }, (_, i) => (i + 0.5) / 12);
/** Z4/Z5 paces of a slow and a fast runner (s/km). */
const paces = [
  { paceZ4: 390, paceZ5: 355 },
  { paceZ4: 240, paceZ5: 225 },
];

const input = (workMin: number, r: number, extra: Partial<FamilyInput> = {}): FamilyInput => ({
  workMin,
  random: () => r,
  paceZ4: 240,
  paceZ5: 225,
  moderate: false,
  ...extra,
});

/** Every work part the sweep reaches: family × minutes × draw × pace × moderate. */
const sweep: { family: Family; x: FamilyInput; part: WorkPart }[] = [];
for (const family of families)
  for (let workMin = 1; workMin <= 60; workMin++)
    for (const r of draws)
      for (const p of paces)
        for (const moderate of [false, true]) {
          const x = input(workMin, r, { ...p, moderate });
          sweep.push({ family, x, part: workPart(family, x) });
        }

const miss = (part: WorkPart, workMin: number) =>
  Math.abs(part.qualityMin - workMin) / Math.max(workMin, 1);
/** A variant's shape: its title without the numbers, and its recoveries. */
const shape = (part: WorkPart) =>
  `${part.title.replace(/[\d.]+/g, "#")} | ${[...runSteps(part.steps)]
    .filter((s) => s.kind === "recover")
    .map((s) => s.durationMin)
    .slice(0, 1)}`;

describe("workPart: every family variant", () => {
  it("reaches every family, and several variants where the family has them", () => {
    for (const family of families) {
      const shapes = new Set(sweep.filter((s) => s.family === family).map((s) => shape(s.part)));
      expect(shapes.size, family).toBeGreaterThanOrEqual(1);
    }
    const shapesOf = (f: Family) =>
      new Set(sweep.filter((s) => s.family === f).map((s) => shape(s.part))).size;
    expect(shapesOf("intervals")).toBeGreaterThanOrEqual(3);
    expect(shapesOf("threshold")).toBeGreaterThanOrEqual(3);
    expect(shapesOf("tempo")).toBeGreaterThanOrEqual(3);
  });

  it("yields work whose zone minutes sum to its steps' total", () => {
    const wrong = sweep.filter(({ part }) => {
      const z = zoneMinutesOf(part.steps);
      const sum = zones.reduce((acc, k) => acc + z[k], 0);
      return Math.abs(sum - totalMinutes(part.steps)) > 0.05;
    });
    expect(wrong.map((w) => w.part.title)).toEqual([]);
  });

  it("says how much quality it holds: qualityMin is its z3–z5 minutes", () => {
    const wrong = sweep.filter(
      ({ part }) => Math.abs(qualityOf(zoneMinutesOf(part.steps)) - part.qualityMin) > 0.01,
    );
    expect(wrong.map((w) => w.part.title)).toEqual([]);
  });

  it("works in z3–z5 and recovers easy, in steps of whole 5 seconds", () => {
    const wrong = sweep.filter(({ part }) =>
      [...runSteps(part.steps)].some((s) => {
        const zone = s.zone ?? "z2";
        const twelfths = s.durationMin * 12;
        if (s.durationMin <= 0 || Math.abs(twelfths - Math.round(twelfths)) > 1e-9) return true;
        if (s.kind === "work") return !quality.has(zone);
        if (s.kind === "recover") return quality.has(zone);
        return true; // warm-up and cool-down are added around the work part
      }),
    );
    expect(wrong.map((w) => w.part.title)).toEqual([]);
    expect(sweep.every(({ part }) => part.qualityMin > 0)).toBe(true);
  });

  it("keeps long hills moderate (z3) when asked, hard (z4) otherwise", () => {
    for (const moderate of [false, true]) {
      const part = workPart("long-hills", input(20, 0.5, { moderate }));
      const z = zoneMinutesOf(part.steps);
      expect(moderate ? z.z3 : z.z4).toBe(part.qualityMin);
      expect(moderate ? z.z4 : z.z3).toBe(0);
    }
  });
});

describe("workPart: picks a variant near the minutes asked for", () => {
  it("never picks a far variant when a near one exists (same inputs, any draw)", () => {
    const groups = new Map<string, WorkPart[]>();
    for (const { family, x, part } of sweep) {
      const key = `${family}/${x.workMin}/${x.paceZ4}/${x.moderate}`;
      groups.set(key, [...(groups.get(key) ?? []), part]);
    }
    const wrong: string[] = [];
    for (const [key, parts] of groups) {
      const workMin = Number(key.split("/")[1]);
      const fits = parts.filter((p) => miss(p, workMin) <= 0.25);
      // Some draw found a near variant: then every draw must give a near one.
      if (fits.length > 0 && fits.length < parts.length) wrong.push(key);
      // None is near: the closest, whatever the draw.
      if (fits.length === 0 && new Set(parts.map((p) => p.title)).size > 1) wrong.push(key);
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    // [family, minutes asked, minutes of work it may give]
    ["tempo", 20, [20]], // 20 min, 2 × 10 min, 2 × 10 min
    ["threshold", 40, [30, 32.5]], // 6 × 5 min or 5 × 1 mile; never 3 × 8 min (24)
    ["intervals", 40, [24]], // nothing within 25%: the closest (8 × 800 m)
    ["fartlek", 3, [8]], // rep floors: the smallest sessions
    ["steady", 30, [30]],
    ["progression", 50, [30]], // capped at 30
  ] as const)("%s for %i min gives %j", (family, workMin, allowed) => {
    const seen = new Set<number>();
    const random = seededRandom(7);
    for (let i = 0; i < 50; i++) seen.add(workPart(family, input(workMin, random())).qualityMin);
    expect([...seen].sort((a, b) => a - b)).toEqual([...allowed]);
  });

  it("is reproducible from the seed", () => {
    for (const family of families) {
      const a = workPart(family, { ...input(25, 0), random: seededRandom(3) });
      const b = workPart(family, { ...input(25, 0), random: seededRandom(3) });
      expect(a).toEqual(b);
    }
  });
});

describe("pickupsWithin", () => {
  it.each([4, 5, 6, 9, 12, 20, 31, 76])("fits 1-min pickups in %i min", (maxMin) => {
    const part = pickupsWithin(maxMin);
    expect(totalMinutes(part.steps)).toBeLessThanOrEqual(maxMin);
    expect(totalMinutes(part.steps)).toBeGreaterThan(maxMin - 2);
    expect(qualityOf(zoneMinutesOf(part.steps))).toBe(part.qualityMin);
    expect(part.type).toBe("fartlek");
  });

  it("runs at most WORKOUTS.md's 12 pickups (fartlek 8–12 × 1 min), easy running after them", () => {
    const part = pickupsWithin(76);
    expect(part.title).toBe("Pickups 12 × 1 min / 1 min");
    expect(part.qualityMin).toBe(12);
    expect(zoneMinutesOf(part.steps).z2).toBe(76 - 24);
  });

  it("keeps a hill session hilly (SP-2)", () => {
    const part = pickupsWithin(10, true);
    expect(part.type).toBe("hills");
    expect(part.title).toMatch(/uphill/i);
  });
});

describe("workPartWithin (a day too short for the session asked for)", () => {
  it("gives the family's own smaller session: fewer reps, the stimulus kept", () => {
    // Long hills 6 × 5 min with 4-min recoveries last 54 minutes; 40 hold four of them.
    const part = workPartWithin("long-hills", input(30, 0.5), 40);
    expect(part?.title).toBe("Long hills 4 × 5 min climbing");
    expect(totalMinutes(part?.steps ?? [])).toBeLessThanOrEqual(40);
  });

  it("gives none when even the family's smallest session is longer (pickups then)", () => {
    // Three climbs of 5 minutes with their recoveries last 27.
    expect(workPartWithin("long-hills", input(30, 0.5), 20)).toBeUndefined();
  });
});
