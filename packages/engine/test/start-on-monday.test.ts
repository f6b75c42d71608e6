/**
 * Weeks start on Monday (PLAN-FORMAT): a start date later in the week starts the plan the
 * Monday after. The runner who asked for a Wednesday is told so, not left to find the plan
 * starting five days later than they said.
 */
import { describe, expect, it } from "vitest";
import { generatePlan } from "../src/generate.ts";
import type { Plan } from "../src/schema/plan.ts";

function planFrom(startDate?: string): Plan {
  const result = generatePlan(
    {
      ...(startDate === undefined ? {} : { startDate }),
      goals: [{ id: "half", date: "2027-05-02", distanceKm: 21.1, surface: "road", priority: "A" }],
    },
    { today: "2026-12-09" }, // a Wednesday
  );
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const startNotes = (plan: Plan) => plan.warnings.filter((w) => w.code === "START_ON_MONDAY");

describe("a start date that is not a Monday", () => {
  it("starts the plan the Monday after and says so, naming both dates", () => {
    const plan = planFrom("2027-01-06");
    expect(plan.startDate).toBe("2027-01-11");
    const [note] = startNotes(plan);
    expect(note?.severity).toBe("info");
    expect(note?.date).toBe("2027-01-11");
    expect(note?.message).toContain("Monday 11 Jan");
    expect(note?.message).toContain("(6 Jan)");
  });

  it("says nothing when the date is a Monday, or when none was given", () => {
    expect(startNotes(planFrom("2027-01-11"))).toEqual([]);
    const defaulted = planFrom();
    expect(defaulted.startDate).toBe("2026-12-14");
    expect(startNotes(defaulted)).toEqual([]);
  });
});
