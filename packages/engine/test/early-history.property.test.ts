/**
 * A history that ends weeks before the plan (a runner planning ahead) is read as the weeks
 * just before it: the generator and the validator both see the record moved up to the week
 * before the start, so the plan is the one the same record right before the start gives.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import trail100k from "../../../examples/100k-trail-intermediate.json" with { type: "json" };
import mountain100mi from "../../../examples/100mi-mountain-advanced.json" with { type: "json" };
import hmAnd50k from "../../../examples/hm-and-50k.json" with { type: "json" };
import marathon from "../../../examples/marathon-advanced.json" with { type: "json" };
import { addDays } from "../src/dates.ts";
import type { Plan } from "../src/schema/plan.ts";
import type { ScenarioInput } from "../src/schema/scenario.ts";
import { validatePlan } from "../src/validate/validate.ts";
import { planOf, scenarioArbitrary } from "./scenario-arbitrary.ts";

const runs = Number(process.env.CAIRN_PROPERTY_RUNS ?? 100);
const seed = 20261204;
const propertyTimeoutMs = 180_000;

/** The scenario with its whole history moved `k` weeks earlier. */
function earlier(scenario: ScenarioInput, k: number): ScenarioInput {
  const history = scenario.athlete?.history;
  if (!history) return scenario;
  const back = (date: string) => addDays(date, -7 * k);
  return {
    ...scenario,
    athlete: {
      ...scenario.athlete,
      history: {
        ...(history.weeks
          ? { weeks: history.weeks.map((w) => ({ ...w, start: back(w.start) })) }
          : {}),
        ...(history.activities
          ? { activities: history.activities.map((a) => ({ ...a, date: back(a.date) })) }
          : {}),
      },
    },
  };
}

const errorsOf = (plan: Plan) => validatePlan(plan).filter((f) => f.severity === "error");
const warnsEarlyEnd = (plan: Plan) => plan.warnings.some((w) => w.code === "HISTORY_ENDS_EARLY");

const examples = {
  "100k-trail-intermediate": trail100k,
  "100mi-mountain-advanced": mountain100mi,
  "hm-and-50k": hmAnd50k,
  "marathon-advanced": marathon,
} as Record<string, ScenarioInput>;

describe("a history ending k weeks before the plan", () => {
  it.each(Object.keys(examples))("%s: the same profile and weeks, no rule broken", (name) => {
    const scenario = examples[name] as ScenarioInput;
    const asRecorded = planOf(scenario);
    expect(warnsEarlyEnd(asRecorded)).toBe(false);
    for (let k = 1; k <= 8; k++) {
      const plan = planOf(earlier(scenario, k));
      expect(plan.athleteProfile).toEqual(asRecorded.athleteProfile);
      expect(plan.weeks).toEqual(asRecorded.weeks);
      expect(errorsOf(plan)).toEqual([]);
      // A week or two unrecorded is a runner planning a little ahead; more is said.
      expect(warnsEarlyEnd(plan)).toBe(k > 2);
    }
  });

  it(
    "any scenario: chronic volume, weeks and rule breaks as with the record right before the start",
    () => {
      const withHistory = scenarioArbitrary.filter((s) => s.athlete?.history !== undefined);
      fc.assert(
        fc.property(withHistory, fc.integer({ min: 1, max: 8 }), (scenario, k) => {
          const asRecorded = planOf(scenario);
          const plan = planOf(earlier(scenario, k));
          expect(plan.athleteProfile.chronicWeeklyMin).toBe(
            asRecorded.athleteProfile.chronicWeeklyMin,
          );
          expect(plan.weeks).toEqual(asRecorded.weeks);
          expect(errorsOf(plan)).toEqual(errorsOf(asRecorded));
        }),
        { numRuns: runs, seed },
      );
    },
    propertyTimeoutMs,
  );
});
