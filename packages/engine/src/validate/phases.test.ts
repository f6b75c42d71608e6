import { describe, expect, it } from "vitest";
import { findingsOf, makePlan, phaseAt, weekAt } from "./fixtures.test-util.ts";

describe("PH-1 phase order", () => {
  it("flags a phase that comes before its predecessor in the order", () => {
    const plan = makePlan();
    // build before base: swap the first two phases' kinds, with their weeks
    phaseAt(plan, 0).kind = "build";
    phaseAt(plan, 1).kind = "base";
    for (const w of phaseAt(plan, 0).weekIndexes) weekAt(plan, w).phase = "build";
    for (const w of phaseAt(plan, 1).weekIndexes) weekAt(plan, w).phase = "base";
    expect(findingsOf(plan, "PH-1")).toEqual([
      expect.objectContaining({
        path: "phases[1]",
        measure: "order",
        actual: "base",
        limit: "build",
      }),
    ]);
  });

  it("flags a kind that appears twice for one goal", () => {
    const plan = makePlan();
    phaseAt(plan, 2).kind = "build";
    for (const w of phaseAt(plan, 2).weekIndexes) weekAt(plan, w).phase = "build";
    expect(findingsOf(plan, "PH-1", "order")).toHaveLength(1);
  });

  it("flags an empty phase", () => {
    const plan = makePlan();
    plan.phases.splice(4, 0, { ...phaseAt(plan, 4), kind: "peak", weekIndexes: [] });
    expect(findingsOf(plan, "PH-1")).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: "phases[4]", measure: "empty" })]),
    );
  });
});

describe("PH-2 phase minimums (warn)", () => {
  it("asks for a warning when the weeks before the race fall short of the phases' minimums", () => {
    // 14 weeks before the race week fit a 50K (14) but not a 100K (16).
    expect(findingsOf(makePlan(), "PH-2")).toEqual([]);
    const plan = makePlan({ distanceKm: 100 });
    expect(findingsOf(plan, "PH-2")).toEqual([
      expect.objectContaining({ severity: "warn", path: "goals[0]", actual: 14, limit: 16 }),
    ]);
    plan.warnings.push({
      id: "w-short",
      code: "SHORT_RUNWAY",
      rule: "PH-2",
      severity: "warn",
      message: "2 weeks short",
    });
    expect(findingsOf(plan, "PH-2")).toEqual([]);
  });
});
