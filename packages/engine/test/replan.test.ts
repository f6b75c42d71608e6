import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generatePlan } from "../src/generate.ts";
import type { Plan } from "../src/schema/plan.ts";
import { addWorkout } from "../src/steer/add.ts";
import { replan } from "../src/steer/replan.ts";
import { easyDayToEdit, weekBalanceRules as weekRules } from "../src/steer/week-edits.test-util.ts";
import { validatePlan } from "../src/validate/validate.ts";

const scenario = JSON.parse(
  readFileSync(new URL("../../../examples/100k-trail-intermediate.json", import.meta.url), "utf8"),
);
const generated = generatePlan(scenario, { today: "2026-11-25" });
if (!generated.ok) throw new Error("the 100K example no longer plans");
const plan: Plan = generated.value;

describe("a 100K plan with weeks 6–7 missed, re-planned at week 8", () => {
  const log = [5, 6].flatMap((i) =>
    (plan.weeks[i]?.days ?? []).map((d) => ({ date: d.date, status: "missed" as const })),
  );
  const today = plan.weeks[7]?.startDate ?? "";
  const result = replan({ ...plan, log }, today);
  if (!result.ok) throw new Error(result.error.message);
  const next = result.value;
  const run = (p: Plan, i: number) => p.weeks[i]?.totals.runMin ?? 0;

  it("keeps the missed weeks as logged: no running in them", () => {
    expect(run(next, 5)).toBe(0);
    expect(run(next, 6)).toBe(0);
    expect(next.weeks.slice(0, 5)).toEqual(plan.weeks.slice(0, 5));
  });

  it("restarts near what was really run, not at the old plan's volume", () => {
    const ranRecently = [3, 4, 5, 6].reduce((s, i) => s + run(next, i), 0) / 4;
    expect(run(next, 7)).toBeLessThan(run(plan, 7));
    expect(run(next, 7)).toBeLessThanOrEqual(ranRecently * 1.3);
    expect(run(next, 7)).toBeGreaterThan(ranRecently * 0.6);
  });

  it("says why in the first week it re-planned", () => {
    expect(next.weeks[7]?.why).toMatch(
      /^Re-planned from 2027-02-22 on what you logged: the last 4 weeks ran \d+ min a week against \d+ planned/,
    );
  });

  it("breaks no rule, measured against what was run, and records the revision", () => {
    expect(validatePlan(next).filter((f) => f.severity === "error")).toEqual([]);
    expect(next.replannedFrom).toBe(today);
    expect(next.revision).toBe(1);
    expect(next.changes?.[0]?.kind).toBe("replan");
  });
});

describe("a 100K plan with a tempo the runner added ahead, re-planned before it", () => {
  const week = plan.weeks[13] as Plan["weeks"][number];
  const easyDay = easyDayToEdit(week);
  const added = addWorkout(plan, easyDay?.date ?? "", { type: "tempo", durationMin: 45 });
  if (!added.ok) throw new Error(added.error.message);
  const result = replan(added.value, plan.weeks[8]?.startDate ?? "");
  if (!result.ok) throw new Error(result.error.message);
  const next = result.value;

  it("keeps the tempo and builds its week around it: no third key session, no week over its target", () => {
    const day = next.weeks[13]?.days.find((d) => d.date === easyDay?.date);
    expect(day?.workouts.some((w) => w.type === "tempo" && w.locked)).toBe(true);
    // The week's load and spread: what the rest of the week can settle (not LR-5's easy days
    // after last weekend's long run, which the added tempo itself breaks).
    const findings = validatePlan(next).filter(
      (f) => f.severity === "error" && weekRules.includes(f.rule),
    );
    expect(findings.map((f) => `${f.rule} week ${f.weekIndex}`)).toEqual([]);
    const now = next.weeks[13] as Plan["weeks"][number];
    expect(now.totals.volumeMin).toBeLessThanOrEqual(now.targets.volumeMin * 1.05);
  });
});
