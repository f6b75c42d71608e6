import { describe, expect, it } from "vitest";
import { addWorkout } from "./add.ts";
import { applyChoice } from "./choice.ts";
import { editBreaksRule } from "./edit-warnings.ts";
import { examplePlan, expectOk } from "./plans.test-util.ts";

describe("applyChoice", () => {
  it("settles a season conflict by planning again with the answer, the log kept", () => {
    const plan = examplePlan("two-a-races-too-close");
    const conflict = plan.warnings.find((w) => w.code === "PEAKS_OVERLAP");
    expect(conflict?.choices?.length).toBeGreaterThanOrEqual(2);
    const log = [{ date: plan.startDate, status: "done" as const }];
    for (const choice of conflict?.choices ?? []) {
      const next = expectOk(applyChoice({ ...plan, log }, conflict?.id ?? "", choice.id));
      expect(next.scenario.choices[conflict?.id ?? ""]).toBe(choice.id);
      // Answered, the warning goes (MG-2).
      expect(next.warnings.some((w) => w.id === conflict?.id)).toBe(false);
      expect(next.log).toEqual(log);
      expect(next.revision).toBe(1);
      expect(next.changes?.[0]?.kind).toBe("choice");
    }
  });

  describe("an edit that breaks rules", () => {
    const plan = examplePlan("100k-trail-intermediate");
    const week = plan.weeks[10];
    const hardDay =
      week?.days.findIndex((d) => d.workouts.some((w) => w.intensity === "hard")) ?? 0;
    const monday = week?.days[hardDay - 1]?.date ?? "";
    // Intervals the day before the week's key session: IN-3, IN-2 and more.
    const edited = expectOk(addWorkout(plan, monday, { type: "intervals", durationMin: 50 }));
    const warning = edited.warnings.find((w) => w.code === editBreaksRule && w.rule === "IN-3");

    it("re-balances the rest of the week around the edit, which stays", () => {
      expect(warning).toBeDefined();
      const next = expectOk(applyChoice(edited, warning?.id ?? "", "rebalance"));
      const kept = next.weeks[10]?.days.find((d) => d.date === monday)?.workouts;
      expect(kept).toEqual(edited.weeks[10]?.days.find((d) => d.date === monday)?.workouts);
      const left = next.warnings.filter((w) => w.code === editBreaksRule).map((w) => w.rule);
      expect(left).not.toContain("IN-3");
      expect(left).not.toContain("IN-2");
      expect(next.revision).toBe((edited.revision ?? 0) + 1);
    });

    it("keeps the edit as it is when asked, dropping that warning only", () => {
      const next = expectOk(applyChoice(edited, warning?.id ?? "", "keep"));
      expect(next.weeks).toEqual(edited.weeks);
      expect(next.warnings.map((w) => w.id)).toEqual(
        edited.warnings.filter((w) => w.id !== warning?.id).map((w) => w.id),
      );
    });
  });

  it("refuses a warning the plan doesn't hold, or a choice it doesn't offer, naming the field", () => {
    const plan = examplePlan("two-a-races-too-close");
    expect(applyChoice(plan, "w-nothing", "keep")).toEqual({
      ok: false,
      error: { field: "warningId", message: 'no warning "w-nothing" with choices in this plan' },
    });
    const conflict = plan.warnings.find((w) => w.code === "PEAKS_OVERLAP");
    const refused = applyChoice(plan, conflict?.id ?? "", "both");
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.field).toBe("choiceId");
  });
});
