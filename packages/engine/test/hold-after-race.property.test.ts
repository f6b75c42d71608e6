/**
 * PR-3 counts a race's load in the four weeks after it, so a week back after the race's
 * recovery could climb to a level the week after could not hold once the race and the
 * block's peak left the window: a 100-miler's recovery of 375 minutes, a first week back of
 * 496, then 343 under the cap. Such a week now climbs no higher than the next can hold.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Plan } from "../src/schema/plan.ts";
import { realisticSeasonArbitrary } from "./realistic-season-arbitrary.ts";
import { planOf } from "./scenario-arbitrary.ts";

const loading = new Set(["base", "build", "specific", "peak"]);
const full = (w: Plan["weeks"][number]) =>
  loading.has(w.phase) && w.kind !== "cutback" && w.kind !== "race";

/** Full loading weeks of the six after a race that PR-3 held more than 25% under the full week before. */
function fallsAfterRaces(plan: Plan): string[] {
  return plan.weeks
    .filter((w, i) => {
      const before = plan.weeks[i - 1];
      const race = plan.weeks.findLastIndex((x, j) => j < i && x.phase === "race");
      return (
        before !== undefined &&
        full(w) &&
        full(before) &&
        race >= 0 &&
        i - race <= 6 &&
        w.why.includes("PR-3") &&
        w.totals.runMin < 0.75 * before.totals.runMin
      );
    })
    .map((w) => `${w.startDate}: ${w.totals.runMin} min`);
}

describe("the weeks after a race under PR-3", () => {
  it("hold the level they climb to: no full week falls a quarter under the one before it", () => {
    fc.assert(
      fc.property(realisticSeasonArbitrary, (scenario) => {
        expect(fallsAfterRaces(planOf(scenario))).toEqual([]);
      }),
      { numRuns: 500, seed: 1 },
    );
  }, 120_000);
});
