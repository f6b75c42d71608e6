import { describe, expect, it } from "vitest";
import { dayAt, findingsOf, makePlan, workoutAt } from "./fixtures.test-util.ts";
import { validatePlan } from "./validate.ts";

describe("validatePlan", () => {
  it("finds nothing wrong in the fixture plan but the dip its race's own load makes (LD-2)", () => {
    expect(validatePlan(makePlan()).map((f) => `${f.rule}/${f.measure}`)).toEqual([
      "LD-2/formFloorAfterRace",
      "LD-2/formLowAfterRace",
    ]);
  });

  it("leaves out a warn-rule finding the plan already warned about", () => {
    const plan = makePlan();
    workoutAt(plan, 3, 6).intensity = "hard"; // Sunday hard, then Tuesday hard: IN-4
    workoutAt(plan, 4, 1).intensity = "hard";
    expect(findingsOf(plan, "IN-4")).toHaveLength(1);
    plan.warnings.push({
      id: "w-close",
      code: "KEY_SESSIONS_CLOSE",
      rule: "IN-4",
      severity: "warn",
      message: "…",
    });
    expect(findingsOf(plan, "IN-4")).toEqual([]);
  });

  it("keeps an error whatever the warnings say", () => {
    const plan = makePlan();
    workoutAt(plan, 3, 3).intensity = "hard"; // Wednesday and Thursday hard: IN-3
    plan.warnings.push({ id: "w", code: "X", rule: "IN-3", severity: "warn", message: "…" });
    expect(findingsOf(plan, "IN-3")).toHaveLength(1);
  });

  it("stops at a broken calendar: the other rules read days by their place in it", () => {
    const plan = makePlan();
    dayAt(plan, 2, 3).date = "2027-01-22";
    workoutAt(plan, 3, 3).intensity = "hard";
    expect(validatePlan(plan).map((f) => f.rule)).toEqual(["FMT-1"]);
  });
});
