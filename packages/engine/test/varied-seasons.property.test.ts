/**
 * Seasons in every arrangement the format allows, for runners whose volume fits their level
 * (`varied-season-arbitrary.ts`: any priorities in any order, races a week to six months
 * apart on any weekday, rest days, short weekdays, few run days): every rule holds, and
 * holds again once the runner answers the plan's questions (MG-2, IN-4).
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

  it("takes any answer to its questions with no validator error at all", () => {
    fc.assert(
      fc.property(variedSeasonArbitrary, fc.nat(), (scenario, pick) => {
        const asked = planOf(scenario).warnings.filter((w) => (w.choices?.length ?? 0) > 0);
        fc.pre(asked.length > 0);
        const choices = Object.fromEntries(
          asked.map((w, i) => {
            const options = w.choices ?? [];
            return [w.id, options[(pick + i) % options.length]?.id ?? ""];
          }),
        );
        const answered = planOf({ ...scenario, choices });
        const errors = validatePlan(answered).filter((f) => f.severity === "error");
        expect(errors.map((f) => `${f.rule} ${f.measure ?? ""} week ${f.weekIndex}`)).toEqual([]);
      }),
      { numRuns: Math.min(runs, 300), seed: seed + 1 },
    );
  }, 300_000);
});
