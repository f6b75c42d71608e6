import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seededRandom } from "../random.ts";
import { chooseDays, type DayRules } from "./choose-days.ts";

const open = Number.POSITIVE_INFINITY;
/** Mon–Fri capped at 45 minutes, the weekend open. */
const weekdayCaps = [45, 45, 45, 45, 45, open, open];

/** A week with a hard Tuesday and a Sunday long run already placed; Monday and Friday rest. */
function rules(easyRunWantMin: number, seed: number, recoveryRunDays: number[] = []): DayRules {
  const start = 20_000;
  return {
    start,
    runnable: [false, true, true, true, false, true, true],
    used: new Set([1, 6]),
    hardEpochs: [start + 1],
    anchorEpochs: [start + 1, start + 6],
    noHardThrough: Number.NEGATIVE_INFINITY,
    noHardDays: new Set(),
    noModerateThrough: Number.NEGATIVE_INFINITY,
    lateRecoveryDays: new Set(),
    recoveryRunDays: new Set(recoveryRunDays),
    runRoomMin: weekdayCaps,
    easyRunWantMin,
    random: seededRandom(seed),
  };
}

describe("chooseDays for easy runs", () => {
  it("spreads a run its days can hold: Thursday, two days from each anchor", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 20, max: 45 }), (seed, want) => {
        expect(chooseDays(rules(want, seed), "easy", 1)).toEqual([3]);
      }),
    );
  });

  it("puts a run a capped weekday can't hold on the open Saturday, a fifth over the cap too", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 56, max: 300 }), (seed, want) => {
        expect(chooseDays(rules(want, seed), "easy", 1)).toEqual([5]);
      }),
    );
  });

  it("reads a recovery run's 40 minutes as a cap too", () => {
    // Saturday the day after a race: its easy run would be a short recovery run, shorter
    // than what Thursday's 45 minutes hold.
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(chooseDays(rules(120, seed, [5]), "easy", 1)).toEqual([3]);
      }),
    );
  });
});
