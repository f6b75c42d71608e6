import { describe, expect, it } from "vitest";
import type { Plan } from "../schema/plan.ts";
import { makePlan } from "../validate/fixtures.test-util.ts";
import { validatePlan } from "../validate/validate.ts";
import { editWorkout } from "./edit.ts";
import { editBreaksRule } from "./edit-warnings.ts";
import { examplePlan, expectOk, firstWorkout, workoutById } from "./plans.test-util.ts";

const editWarnings = (plan: Plan) => plan.warnings.filter((w) => w.code === editBreaksRule);
const tuesday = "2027-01-26-1";

describe("edit warnings", () => {
  const plan = makePlan();
  const tooLong = expectOk(editWorkout(plan, tuesday, { durationMin: 100 }));

  it("keep the edit and name each rule it breaks, with the fix on offer", () => {
    expect(workoutById(tooLong, tuesday).durationMin).toBe(100);
    expect(editWarnings(tooLong).find((w) => w.rule === "CON-3")).toEqual({
      id: "w-edit-con-3-week-4",
      code: "EDIT_BREAKS_RULE",
      rule: "CON-3",
      severity: "warn",
      message:
        "CON-3: 26 Jan holds 100 min of training; weekdays hold at most 90 min. Re-balance the rest of the week to fix it.",
      weekIndex: 3,
      choices: [
        { id: "rebalance", label: "Re-balance the rest of the week" },
        { id: "keep", label: "Keep my edit" },
      ],
    });
  });

  it("one a rule and week, for every error the validator finds in the edited week", () => {
    const errors = validatePlan(tooLong).filter((f) => f.severity === "error" && f.weekIndex === 3);
    const rules = [...new Set(errors.map((f) => f.rule))];
    expect(rules.length).toBeGreaterThan(1);
    expect(editWarnings(tooLong).map((w) => w.rule)).toEqual(rules);
  });

  it("last while the breach does, through edits of other weeks, and go once it is mended", () => {
    const elsewhere = expectOk(editWorkout(tooLong, "2027-02-20-1", { durationMin: 145 }));
    expect(editWarnings(elsewhere).map((w) => w.id)).toContain("w-edit-con-3-week-4");
    const mended = expectOk(editWorkout(elsewhere, tuesday, { durationMin: 51 }));
    expect(editWarnings(mended)).toEqual([]);
  });

  it("are replaced, not added up, edit after edit", () => {
    const again = expectOk(editWorkout(tooLong, tuesday, { durationMin: 95 }));
    const ids = editWarnings(again).map((w) => w.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(editWarnings(tooLong).map((w) => w.id));
  });

  it("leave the plan's own warnings as they were", () => {
    const generated = examplePlan("two-a-races-too-close");
    const easy = firstWorkout(generated, (w) => w.type === "easy" && w.durationMin > 30).workout;
    const edited = expectOk(editWorkout(generated, easy.id, { durationMin: easy.durationMin - 5 }));
    expect(generated.warnings.length).toBeGreaterThan(0);
    expect(edited.warnings.filter((w) => w.code !== editBreaksRule)).toEqual(generated.warnings);
  });
});
