import { describe, expect, it } from "vitest";
import { resolveConstraints } from "../constraints.ts";
import { seededRandom } from "../random.ts";
import type { Family } from "./families.ts";
import { qualitySession } from "./quality-session.ts";
import { totalMinutes } from "./steps.ts";
import type { WeekContext } from "./week-sessions.ts";

const families: Family[] = ["fartlek", "short-hills", "intervals", "threshold", "long-hills"];
const contextWith = (longRunMin: number, seed: number, weekdayMaxMin?: number) =>
  ({
    constraints: resolveConstraints(weekdayMaxMin ? { weekdayMaxMin } : {}, "intermediate"),
    maxRunMin: 240,
    longRunMin,
    random: seededRandom(seed),
    paces: { z1: 420, z2: 390, z3: 330, z4: 300, z5: 270 },
  }) as unknown as WeekContext;

/** The key session of a 200-minute week, 30 minutes of work, with the week's long run given. */
const sessionMinutes = (family: Family, longRunMin: number, seed: number) =>
  totalMinutes(qualitySession(2, family, 30, false, 200, 0, contextWith(longRunMin, seed)).steps);

describe("qualitySession", () => {
  it("stays within the week's long run: the long run is the week's longest run", () => {
    for (const family of families)
      for (let seed = 1; seed <= 5; seed++)
        expect(sessionMinutes(family, 42, seed), `${family}, seed ${seed}`).toBeLessThanOrEqual(42);
  });

  it("keeps its full warm-up, work and cool-down in a week without a long run", () => {
    // 30 minutes of work with its warm-up and cool-down run past 42 minutes.
    const longest = Math.max(...families.map((family) => sessionMinutes(family, 0, 1)));
    expect(longest).toBeGreaterThan(42);
  });

  it("warms up for 10 minutes and cools down for 5 around hard work, even on a short weekday", () => {
    for (const family of families)
      for (let seed = 1; seed <= 5; seed++) {
        // 30 minutes of work asked for on a Wednesday of at most 40 minutes.
        const s = qualitySession(2, family, 30, false, 300, 0, contextWith(0, seed, 40));
        const [first, last] = [s.steps[0], s.steps.at(-1)];
        const name = `${family}, seed ${seed}`;
        expect(first?.kind === "warmup" && first.durationMin, name).toBeGreaterThanOrEqual(10);
        expect(last?.kind === "cooldown" && last.durationMin, name).toBeGreaterThanOrEqual(5);
        expect(totalMinutes(s.steps), name).toBeLessThanOrEqual(40);
      }
  });

  it("runs the family's smaller session on a day too short for the one asked for, not pickups", () => {
    // Long hills of 30 minutes' work (6 × 5 with their recoveries: 54 min) on a 60-minute
    // weekday with a 30-minute strength session: fewer climbs fit, pickups are not needed.
    for (let seed = 1; seed <= 5; seed++) {
      const s = qualitySession(2, "long-hills", 30, false, 500, 30, contextWith(200, seed, 90));
      expect(s.title, `seed ${seed}`).toMatch(/^Long hills [3-5] × 5 min climbing$/);
      expect(totalMinutes(s.steps), `seed ${seed}`).toBeLessThanOrEqual(60);
    }
  });
});
