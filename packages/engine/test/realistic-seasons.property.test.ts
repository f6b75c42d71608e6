/**
 * Seasons runners plan (`realistic-season-arbitrary.ts`: a weekly volume that fits the level,
 * distances that fit the volume, two to four weekend races weeks apart, sometimes a holiday
 * or three run days): every rule holds, not only those the random seasons keep, and PR-1's
 * rhythm holds read from the weeks' labels too (a holiday's lighter week is labelled a cutback).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validatePlan } from "../src/validate/validate.ts";
import { labelStreakBreaks } from "./cutback-labels.ts";
import { realisticSeasonArbitrary } from "./realistic-season-arbitrary.ts";
import { planOf } from "./scenario-arbitrary.ts";

const runs = Number(process.env.CAIRN_PROPERTY_RUNS ?? 1000);
const seed = 5;

describe("a season a runner would plan", () => {
  it("gives a plan with no validator error at all, its cutbacks where their labels say", () => {
    fc.assert(
      fc.property(realisticSeasonArbitrary, (scenario) => {
        const plan = planOf(scenario);
        const errors = validatePlan(plan).filter((f) => f.severity === "error");
        expect(errors.map((f) => `${f.rule} ${f.measure ?? ""} week ${f.weekIndex}`)).toEqual([]);
        expect(labelStreakBreaks(plan)).toEqual([]);
      }),
      { numRuns: runs, seed },
    );
  }, 300_000);
});
