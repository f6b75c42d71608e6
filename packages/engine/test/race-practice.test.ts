/**
 * WORKOUTS.md's kit and conditions on an ultra's long runs (SP-4): the race's kit in the
 * specific and peak weeks, night running with a headlamp from the specific phase's second
 * half when the race runs through the night; none of it for a road marathon, nor in the base
 * or the taper.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generatePlan } from "../src/generate.ts";
import type { Plan, Week } from "../src/schema/plan.ts";

const planOf = (name: string): Plan => {
  const scenario = JSON.parse(
    readFileSync(new URL(`../../../examples/${name}.json`, import.meta.url), "utf8"),
  );
  const result = generatePlan(scenario, { today: "2026-12-01" });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
};

const longRunNotes = (week: Week): string[] =>
  week.days.flatMap((d) => d.workouts.filter((w) => w.type === "long").flatMap((w) => w.notes));
const says = (week: Week, word: RegExp) => longRunNotes(week).some((n) => word.test(n));
const withLongRun = (plan: Plan) => plan.weeks.filter((w) => longRunNotes(w).length > 0);

describe("a 100-miler's long runs", () => {
  const plan = planOf("100mi-mountain-advanced");
  const weeks = withLongRun(plan);

  it("rehearse the race kit in every specific and peak week, and nowhere else", () => {
    for (const week of weeks)
      expect(says(week, /^Race kit/)).toBe(week.phase === "specific" || week.phase === "peak");
  });

  it("practise running at night from the specific phase's second half on, and in the peak", () => {
    const night = weeks.filter((w) => says(w, /^Night practice/));
    expect(night.length).toBeGreaterThanOrEqual(4);
    expect(night.every((w) => w.phase === "specific" || w.phase === "peak")).toBe(true);
    expect(weeks.filter((w) => w.phase === "peak").every((w) => says(w, /headlamp/))).toBe(true);
    const specific = plan.weeks.filter((w) => w.phase === "specific");
    expect(says(specific[0] as Week, /^Night practice/)).toBe(false);
  });
});

describe("a 50K finished in daylight", () => {
  it("rehearses the kit, but no night running", () => {
    const weeks = withLongRun(planOf("hm-and-50k"));
    expect(weeks.some((w) => says(w, /^Race kit/))).toBe(true);
    expect(weeks.some((w) => says(w, /^Night practice/))).toBe(false);
  });
});

describe("a road marathon", () => {
  it("has no ultra kit or night practice", () => {
    const weeks = withLongRun(planOf("marathon-advanced"));
    expect(weeks.some((w) => says(w, /^(Race kit|Night practice)/))).toBe(false);
  });
});
