import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cutbackPattern, cutbackPatternAround, endOnCutback } from "./cutbacks.ts";

/** Lengths of the runs of loading weeks, each ended by a cutback, and the final run (maybe 0). */
function runsOf(pattern: readonly boolean[]): { closed: number[]; final: number } {
  const closed: number[] = [];
  let run = 0;
  for (const cutback of pattern) {
    if (cutback) {
      closed.push(run);
      run = 0;
    } else run += 1;
  }
  return { closed, final: run };
}

/** The fewest cutbacks that keep every run of loading weeks ≤ cutbackEvery − 1. */
const fewestCutbacks = (weeks: number, every: number): number =>
  Math.max(0, Math.ceil((weeks - (every - 1)) / every));

const weeksArb = fc.integer({ min: 0, max: 60 });
const everyArb = fc.constantFrom(3, 4);

describe("cutbackPattern (PR-1)", () => {
  it("has one entry per week", () => {
    fc.assert(
      fc.property(weeksArb, everyArb, (weeks, every) => {
        expect(cutbackPattern(weeks, every)).toHaveLength(weeks);
      }),
      { seed: 50 },
    );
  });

  it("never has more than cutbackEvery − 1 loading weeks in a row", () => {
    fc.assert(
      fc.property(weeksArb, everyArb, (weeks, every) => {
        const { closed, final } = runsOf(cutbackPattern(weeks, every));
        for (const run of [...closed, final]) expect(run).toBeLessThanOrEqual(every - 1);
      }),
      { seed: 51 },
    );
  });

  it("has non-final runs of at least 2 loading weeks where the span allows", () => {
    fc.assert(
      fc.property(weeksArb, everyArb, (weeks, every) => {
        const pattern = cutbackPattern(weeks, every);
        const { closed } = runsOf(pattern);
        const loading = pattern.filter((c) => !c).length;
        if (loading >= 2 * closed.length)
          for (const run of closed) expect(run).toBeGreaterThanOrEqual(2);
      }),
      { seed: 52 },
    );
  });

  it("never starts with a cutback and never puts two cutbacks together", () => {
    fc.assert(
      fc.property(weeksArb, everyArb, (weeks, every) => {
        const pattern = cutbackPattern(weeks, every);
        expect(pattern[0] ?? false).toBe(false);
        pattern.forEach((c, i) => {
          if (c) expect(pattern[i - 1]).toBe(false);
        });
      }),
      { seed: 53 },
    );
  });

  it("uses the fewest cutbacks that keep the runs short enough", () => {
    fc.assert(
      fc.property(weeksArb, everyArb, (weeks, every) => {
        const cutbacks = cutbackPattern(weeks, every).filter(Boolean).length;
        expect(cutbacks).toBe(fewestCutbacks(weeks, every));
        // One cutback fewer would leave a run that is too long.
        if (cutbacks > 0) expect(weeks - (cutbacks - 1)).toBeGreaterThan((every - 1) * cutbacks);
      }),
      { seed: 54 },
    );
  });

  it("is a pure function of its arguments", () => {
    fc.assert(
      fc.property(weeksArb, everyArb, (weeks, every) => {
        expect(cutbackPattern(weeks, every)).toEqual(cutbackPattern(weeks, every));
      }),
      { seed: 55 },
    );
  });

  it.each([0, -1, -5])("gives nothing for %i weeks", (weeks) => {
    expect(cutbackPattern(weeks, 4)).toEqual([]);
  });

  const L = false;
  const C = true;
  it.each([
    // 3:1 (cutbackEvery 4)
    [1, 4, [L]],
    [3, 4, [L, L, L]],
    // Runs are spread evenly: the loading weeks split into runs of about the same length.
    [4, 4, [L, L, C, L]],
    [5, 4, [L, L, C, L, L]],
    [7, 4, [L, L, L, C, L, L, L]],
    [8, 4, [L, L, C, L, L, C, L, L]],
    // 2:1 (cutbackEvery 3)
    [2, 3, [L, L]],
    [3, 3, [L, L, C]],
    [4, 3, [L, L, C, L]],
    [6, 3, [L, L, C, L, L, C]],
  ] as const)("%i weeks, cutback every %i: %j", (weeks, every, pattern) => {
    expect(cutbackPattern(weeks, every)).toEqual(pattern);
  });
});

describe("cutbackPattern before a taper (PR-1, LD-1)", () => {
  const show = (p: boolean[]) => p.map((c) => (c ? "C" : "L")).join("");

  it("lays the longest run last, right before the taper, the shorter ones earlier", () => {
    // A marathon's 17 loading weeks: not a cutback and a lone peak week before the taper.
    expect(show(cutbackPattern(17, 4))).toBe("LLLCLLLCLLLCLLLCL");
    expect(show(cutbackPattern(17, 4, true))).toBe("LLLCLLLCLLCLLCLLL");
    expect(show(cutbackPattern(13, 4, true))).toBe("LLLCLLCLLCLLL");
  });

  it("keeps every rule of the rhythm, with a last run as long as the earlier runs' 2 weeks allow", () => {
    fc.assert(
      fc.property(weeksArb, everyArb, (weeks, every) => {
        const pattern = cutbackPattern(weeks, every, true);
        expect(pattern).toHaveLength(weeks);
        expect(pattern.filter(Boolean).length).toBe(fewestCutbacks(weeks, every));
        const { closed, final } = runsOf(pattern);
        for (const run of closed) expect(run).toBeGreaterThanOrEqual(2);
        for (const run of [...closed, final]) expect(run).toBeLessThanOrEqual(every - 1);
        const loading = weeks - closed.length;
        expect(final).toBe(Math.max(0, Math.min(every - 1, loading - 2 * closed.length)));
      }),
      { seed: 58 },
    );
  });
});

describe("cutbackPatternAround before the taper (PR-1, LD-1)", () => {
  const show = (p: boolean[]) => p.map((c) => (c ? "C" : "L")).join("");

  it("moves the block's last cutback off the week before the race's where two loading weeks stay before it", () => {
    expect(show(cutbackPatternAround(20, new Set(), 4))).toBe("LLLCLLLCLLLCLLLCLLCL");
  });

  it("keeps it there in a 2:1 rhythm, where moving it would leave one loading week between two cutbacks", () => {
    expect(show(cutbackPatternAround(9, new Set(), 3))).toBe("LLCLLCLLC");
    expect(show(cutbackPatternAround(6, new Set(), 3))).toBe("LLCLLC");
  });

  it("keeps a block's first run whole: one cutback stays where it is", () => {
    expect(show(cutbackPatternAround(3, new Set(), 3))).toBe("LLC");
  });

  it("ends on loading weeks in a 3:1 rhythm whenever the block has two cutbacks or more", () => {
    fc.assert(
      fc.property(weeksArb, (weeks) => {
        const pattern = cutbackPatternAround(weeks, new Set(), 4);
        if (pattern.filter(Boolean).length >= 2) expect(pattern.at(-1)).toBe(false);
      }),
      { seed: 57 },
    );
  });
});

describe("cutbackPatternAround (PR-1 with training races)", () => {
  const raceWeeksArb = fc.uniqueArray(fc.integer({ min: 0, max: 59 }), { maxLength: 4 });

  it("keeps every run between 2 and cutbackEvery − 1 loading weeks, a race's week closing one", () => {
    fc.assert(
      fc.property(weeksArb, everyArb, raceWeeksArb, fc.boolean(), (weeks, every, races, taper) => {
        const raceWeeks = new Set(races.filter((w) => w < weeks));
        const pattern = cutbackPatternAround(weeks, raceWeeks, every, taper);
        expect(pattern).toHaveLength(weeks);
        let run = 0;
        for (const [w, cutback] of pattern.entries()) {
          if (cutback) expect(run).toBeGreaterThanOrEqual(2);
          run = cutback || raceWeeks.has(w) ? 0 : run + 1;
          expect(run).toBeLessThanOrEqual(every - 1);
        }
      }),
    );
  });

  it("never puts a cutback on a training race's week, nor right before one in a 3:1 rhythm", () => {
    fc.assert(
      fc.property(weeksArb, raceWeeksArb, (weeks, races) => {
        const raceWeeks = new Set(races.filter((w) => w < weeks));
        const pattern = cutbackPatternAround(weeks, raceWeeks, 4);
        for (const w of raceWeeks) {
          expect(pattern[w]).toBe(false);
          expect(pattern[w - 1] ?? false).toBe(false);
        }
      }),
    );
  });

  it("moves a cutback off a week away, which is labelled a cutback itself", () => {
    const show = (p: boolean[]) => p.map((c, i) => (i === 6 ? "A" : c ? "C" : "L")).join("");
    expect(show(cutbackPatternAround(9, new Set([6]), 3))).toBe("LLCLLCALL");
    expect(show(cutbackPatternAround(9, new Set([6]), 3, false, new Set([6])))).toBe("LLCLCLALL");
  });

  it("is the plain rhythm when no training race falls in the block", () => {
    expect(cutbackPatternAround(11, new Set(), 4)).toEqual(cutbackPattern(11, 4));
  });
});

describe("endOnCutback (MG-1 before a B race early in the week)", () => {
  const [F, T] = [false, true];
  const none = new Set<number>();

  it("makes the last loading week a cutback", () => {
    expect(endOnCutback([F, F, T, F, F], none, 4)).toEqual([F, F, T, F, T]);
  });

  it("moves a cutback right before it to the last week when the streak allows", () => {
    expect(endOnCutback([F, F, T, F, T, F], none, 4)).toEqual([F, F, T, F, F, T]);
  });

  it("keeps the pattern when moving the cutback would make a streak PR-1 forbids", () => {
    // 2:1: three loading weeks in a row are one too many.
    expect(endOnCutback([F, F, T, F, F, T, F], none, 3)).toEqual([F, F, T, F, F, T, F]);
  });

  it("leaves a block already ending on a lighter week as it is", () => {
    expect(endOnCutback([F, F, T], none, 4)).toEqual([F, F, T]);
    expect(endOnCutback([F, F, F], new Set([2]), 4)).toEqual([F, F, F]);
  });
});
