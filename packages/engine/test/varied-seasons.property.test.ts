/**
 * Seasons in every arrangement the format allows, for runners whose volume fits their level
 * (`varied-season-arbitrary.ts`: any priorities in any order, races a week to six months
 * apart on any weekday, rest days, short weekdays, few run days): every rule holds but the
 * floors' (`season-errors.ts`), and those in all but 1% of seasons; the same once the
 * runner answers the plan's questions (MG-2, IN-4).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultsByLevel } from "../src/profile/profile.ts";
import { planOf, share } from "./scenario-arbitrary.ts";
import { errorsOf, maxBrokenShare, unexpected } from "./season-errors.ts";
import { variedSeasonArbitrary } from "./varied-season-arbitrary.ts";

const runs = Number(process.env.CAIRN_PROPERTY_RUNS ?? 1000);
const seed = 20261205;

describe("a season in any arrangement, for a runner whose volume fits their level", () => {
  it("keeps every rule, the floors' in all but 1% of seasons", () => {
    let broken = 0;
    fc.assert(
      fc.property(variedSeasonArbitrary, (scenario) => {
        const errors = errorsOf(planOf(scenario));
        if (errors.length > 0) broken++;
        expect(unexpected(errors)).toEqual([]);
      }),
      { numRuns: runs, seed },
    );
    expect(broken).toBeLessThanOrEqual(runs * maxBrokenShare);
  }, 300_000);

  it("keeps them once the runner answers its questions", () => {
    const answeredRuns = Math.min(runs, 300);
    let broken = 0;
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
        const errors = errorsOf(planOf({ ...scenario, choices }));
        if (errors.length > 0) broken++;
        expect(unexpected(errors)).toEqual([]);
      }),
      { numRuns: answeredRuns, seed: seed + 1 },
    );
    expect(broken).toBeLessThanOrEqual(Math.max(1, answeredRuns * maxBrokenShare));
  }, 300_000);

  it("keeps them under a weekly maximum below the runner's usual week (PR-4)", () => {
    const ceilingRuns = Math.min(runs, 200);
    let broken = 0;
    fc.assert(
      fc.property(variedSeasonArbitrary, share, (scenario, at) => {
        const weeks = scenario.athlete?.history?.weeks ?? [];
        // A runner without a record is planned from their level's usual week.
        const usual =
          weeks[0]?.minutes ?? defaultsByLevel[scenario.athlete?.level ?? "beginner"].weeklyMin;
        const maxWeeklyMin = Math.round(usual * (0.5 + at / 2));
        const plan = planOf({
          ...scenario,
          constraints: { ...scenario.constraints, maxWeeklyMin },
        });
        const errors = errorsOf(plan);
        if (errors.length > 0) broken++;
        expect(unexpected(errors)).toEqual([]);
      }),
      { numRuns: ceilingRuns, seed: seed + 2 },
    );
    expect(broken).toBeLessThanOrEqual(Math.max(1, ceilingRuns * maxBrokenShare));
  }, 300_000);
});
