import { describe, expect, it } from "vitest";
import { dayAt, findingsOf, makePlan, workoutAt } from "./fixtures.test-util.ts";
import { planErrors, validatePlan } from "./validate.ts";

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

describe("planErrors with a focus", () => {
  it("reads the week-local rules in the focused weeks only, and every rule spanning weeks", () => {
    const plan = makePlan();
    plan.scenario.constraints.restDays = ["sat"]; // a run on every other Saturday: CON-1
    const rise = workoutAt(plan, 8, 6); // the long run of week 9, far above week 8's: PR-2
    rise.durationMin += 200;
    const byWeek = (weekIndexes: (number | undefined)[]) => [...new Set(weekIndexes)].sort();
    const all = planErrors(plan);
    const focused = planErrors(plan, { from: 3, to: 5 });
    const con1 = (fs: typeof all) =>
      byWeek(fs.filter((f) => f.rule === "CON-1").map((f) => f.weekIndex));
    expect(con1(all).length).toBeGreaterThan(5);
    expect(con1(focused).length).toBeGreaterThan(0);
    expect(con1(focused).every((w) => w !== undefined && w >= 3 && w <= 5)).toBe(true);
    expect(con1(focused)).toEqual(con1(all).filter((w) => w !== undefined && w >= 3 && w <= 5));
    // PR-2 reads across weeks: found wherever it is.
    const ramp = (fs: typeof all) => fs.filter((f) => f.rule === "PR-2").map((f) => f.weekIndex);
    expect(ramp(all)).toContain(8);
    expect(ramp(focused)).toEqual(ramp(all));
  });
});
