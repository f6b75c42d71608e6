import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generatePlan } from "../src/generate.ts";
import { planSchema } from "../src/schema/plan.ts";
import { validatePlan } from "../src/validate/validate.ts";
import { propertyToday, scenarioArbitrary } from "./scenario-arbitrary.ts";

const runs = Number(process.env.CAIRN_PROPERTY_RUNS ?? 1000);

describe("any single-goal scenario", () => {
  it("gives a plan that parses against the schema and breaks no rule", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const result = generatePlan(scenario, { today: propertyToday });
        if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
        expect(planSchema.safeParse(result.value).success).toBe(true);
        const errors = validatePlan(result.value).filter((f) => f.severity === "error");
        expect(errors).toEqual([]);
      }),
      { numRuns: runs, seed: 20261125 },
    );
  });

  it("warns about a short runway exactly when the phases had to be compressed (PH-2)", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const result = generatePlan(scenario, { today: propertyToday });
        if (!result.ok) return;
        const plan = result.value;
        const warned = plan.warnings.some((w) => w.rule === "PH-2");
        const findings = validatePlan(plan).filter((f) => f.rule === "PH-2");
        expect(findings).toEqual([]);
        if (!warned) expect(plan.phases.some((p) => p.kind === "base")).toBe(true);
      }),
      { numRuns: Math.min(runs, 300), seed: 7 },
    );
  });

  it("warns when there is no history, and only then", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const result = generatePlan(scenario, { today: propertyToday });
        if (!result.ok) return;
        const noHistory = !result.value.athleteProfile.hasHistory;
        expect(result.value.warnings.some((w) => w.code === "NO_HISTORY")).toBe(noHistory);
      }),
      { numRuns: Math.min(runs, 300), seed: 11 },
    );
  });

  it("is deterministic: the same scenario and seed give byte-identical JSON", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const a = generatePlan(scenario, { today: propertyToday });
        const b = generatePlan(scenario, { today: propertyToday });
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      }),
      { numRuns: 50, seed: 3 },
    );
  });
});
