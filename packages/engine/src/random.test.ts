import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pick, seededRandom, subSeed } from "./random.ts";

const draw = (seed: number, n: number): number[] => {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => random());
};

describe("seededRandom", () => {
  it("gives the same sequence for the same seed", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        expect(draw(seed, 20)).toEqual(draw(seed, 20));
      }),
      { seed: 1 },
    );
  });

  it("stays in [0, 1)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const outside = draw(seed, 200).filter((x) => !(x >= 0 && x < 1));
        expect(outside).toEqual([]);
      }),
      { seed: 2, numRuns: 200 },
    );
  });

  it("gives different sequences for different seeds", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        (a, b) => {
          fc.pre(a !== b);
          expect(draw(a, 4)).not.toEqual(draw(b, 4));
        },
      ),
      { seed: 3 },
    );
  });

  it("spreads its draws over the unit interval", () => {
    const xs = draw(42, 10_000);
    const buckets = Array<number>(10).fill(0);
    for (const x of xs) buckets[Math.floor(x * 10)] = (buckets[Math.floor(x * 10)] ?? 0) + 1;
    for (const count of buckets) {
      expect(count).toBeGreaterThan(850);
      expect(count).toBeLessThan(1150);
    }
    expect(new Set(xs).size).toBeGreaterThan(9_990);
  });

  it("keeps independent generators independent", () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const first = a();
    a();
    expect(b()).toBe(first);
  });
});

describe("subSeed", () => {
  it("is stable: the same seed and labels give the same sub-seed", () => {
    expect(subSeed(1, "week", 3)).toBe(subSeed(1, "week", 3));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.array(fc.oneof(fc.string(), fc.integer())),
        (seed, labels) => {
          const s = subSeed(seed, ...labels);
          expect(subSeed(seed, ...labels)).toBe(s);
          expect(Number.isInteger(s)).toBe(true);
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(2 ** 32 - 1);
        },
      ),
      { seed: 4 },
    );
  });

  it.each<[(string | number)[], (string | number)[]]>([
    [
      [1, "week", 3],
      [1, "week", 4],
    ],
    [
      [1, "week", 3],
      [2, "week", 3],
    ],
    [
      [1, "week", 3],
      [1, "day", 3],
    ],
    [
      [1, "quality", 0],
      [1, "long", 0],
    ],
    [[1, "a"], [1]],
  ])("is label- and seed-sensitive: %j ≠ %j", ([seedA, ...labelsA], [seedB, ...labelsB]) => {
    expect(subSeed(Number(seedA), ...labelsA)).not.toBe(subSeed(Number(seedB), ...labelsB));
  });

  it("rarely collides across weeks of one plan", () => {
    const seeds = new Set<number>();
    for (let week = 0; week < 1000; week++) seeds.add(subSeed(1, "week", week));
    expect(seeds.size).toBe(1000);
  });
});

describe("pick", () => {
  it("throws on an empty list", () => {
    expect(() => pick(seededRandom(1), [])).toThrow(/empty/);
  });

  it("returns an item of the list, deterministically per seed", () => {
    const items = ["a", "b", "c", "d", "e"] as const;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const x = pick(seededRandom(seed), items);
        expect(items).toContain(x);
        expect(pick(seededRandom(seed), items)).toBe(x);
      }),
      { seed: 5 },
    );
  });

  it.each([
    [0, "a"],
    [0.19, "a"],
    [0.2, "b"],
    [0.5, "c"],
    [0.99, "e"],
  ])("maps a draw of %d to %s over five items", (r, expected) => {
    expect(pick(() => r, ["a", "b", "c", "d", "e"])).toBe(expected);
  });

  it("reaches every item over many draws", () => {
    const random = seededRandom(9);
    const seen = new Set<number>();
    for (let i = 0; i < 200; i++) seen.add(pick(random, [0, 1, 2, 3, 4, 5, 6]));
    expect(seen.size).toBe(7);
  });
});
