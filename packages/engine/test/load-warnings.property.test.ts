/**
 * Every plan tells the runner about each warn-level break of LD-1, LD-2 and PR-5 that a
 * checker reading the rules' text would find (`rule-readings.ts`, any reading), and the
 * validator then finds none of them unexplained.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Plan } from "../src/schema/plan.ts";
import type { ScenarioInput } from "../src/schema/scenario.ts";
import { validatePlan } from "../src/validate/validate.ts";
import { seasonArbitrary } from "./multi-goal-arbitrary.ts";
import { type RuleBreak, ruleBreaks } from "./rule-readings.ts";
import { planOf, scenarioArbitrary } from "./scenario-arbitrary.ts";

const runs = Number(process.env.CAIRN_PROPERTY_RUNS ?? 300);
const propertyTimeoutMs = 300_000;
const rules = ["LD-1", "LD-2", "PR-5"];

/** The breaks no warning of the plan explains: one of the right codes, about the right goal. */
function unexplained(plan: Plan): RuleBreak[] {
  const several = plan.goals.length > 1;
  return ruleBreaks(plan).filter(
    (b) =>
      !plan.warnings.some(
        (w) =>
          w.rule === b.rule &&
          b.codes.includes(w.code) &&
          (!several ||
            !b.goals ||
            w.code === "DEEP_FATIGUE" ||
            b.goals.some((g) => w.id.endsWith(`-${g.id}`))),
      ),
  );
}

function holds(scenario: ScenarioInput): void {
  const plan = planOf(scenario);
  expect(unexplained(plan)).toEqual([]);
  const open = validatePlan(plan).filter((f) => f.severity === "warn" && rules.includes(f.rule));
  expect(open).toEqual([]);
}

describe("LD-1, LD-2 and PR-5 breaks come with their warnings", () => {
  it(
    "in any single-goal plan",
    () => fc.assert(fc.property(scenarioArbitrary, holds), { numRuns: runs, seed: 20261204 }),
    propertyTimeoutMs,
  );

  it(
    "in any season of several goals",
    () => fc.assert(fc.property(seasonArbitrary, holds), { numRuns: runs, seed: 20261205 }),
    propertyTimeoutMs,
  );

  it("has breaks of each rule to explain (the reading is not idle)", () => {
    const scenarios = fc.sample(scenarioArbitrary, { numRuns: 60, seed: 20261206 });
    const found = new Set(scenarios.flatMap((s) => ruleBreaks(planOf(s)).map((b) => b.rule)));
    expect([...found].sort()).toEqual(rules);
  });
});
