/**
 * Seasons in every arrangement the format allows, for runners whose volume fits their level
 * (`varied-season-arbitrary.ts`: any priorities in any order, races a week to six months
 * apart on any weekday, rest days, short weekdays, few run days): every rule holds.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validatePlan } from "../src/validate/validate.ts";
import { planOf } from "./scenario-arbitrary.ts";
import { variedSeasonArbitrary } from "./varied-season-arbitrary.ts";

const runs = Number(process.env.CAIRN_PROPERTY_RUNS ?? 1000);
const seed = 20261205;

describe("a season in any arrangement, for a runner whose volume fits their level", () => {
  it("gives a plan with no validator error at all", () => {
    fc.assert(
      fc.property(variedSeasonArbitrary, (scenario) => {
        const errors = validatePlan(planOf(scenario)).filter((f) => f.severity === "error");
        expect(errors.map((f) => `${f.rule} ${f.measure ?? ""} week ${f.weekIndex}`)).toEqual([]);
      }),
      { numRuns: runs, seed },
    );
  }, 300_000);
});
