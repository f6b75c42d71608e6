/**
 * Recovery before another block, by the race's distance: legs come back from a 10K in days
 * (RC-1 keeps its first four easy), so its recovery week runs 85% of the block's peak on all
 * its days but one, and the next block ramps from there under PR-2 instead of from a week at
 * 70% (which then ran on three days, 74 min each).
 */
import { describe, expect, it } from "vitest";
import type { Week } from "../src/schema/plan.ts";
import { validatePlan } from "../src/validate/validate.ts";
import { planOf } from "./scenario-arbitrary.ts";
import { trainingRunMin } from "./week-minutes.ts";

const history = Array.from({ length: 8 }, (_, i) => ({
  start: new Date(Date.UTC(2027, 0, 4 + 7 * i)).toISOString().slice(0, 10),
  minutes: 300,
  runs: 5,
  longestRunMin: 90,
}));
const tenK = (id: string, date: string) => ({
  id,
  date,
  distanceKm: 10,
  surface: "road" as const,
  priority: "A" as const,
});

describe("two 10Ks eleven weeks apart", () => {
  const plan = planOf({
    startDate: "2027-03-01",
    seed: 3,
    athlete: { level: "intermediate", birthYear: 1988, history: { weeks: history } },
    goals: [tenK("spring", "2027-05-16"), tenK("summer", "2027-08-01")],
  });
  const run = (w: Week) => trainingRunMin(w);
  const peak = Math.max(
    ...plan.weeks
      .filter((w) => w.goalId === "spring" && ["build", "specific", "peak"].includes(w.phase))
      .map(run),
  );
  const recovery = plan.weeks.find((w) => w.phase === "recovery" && w.goalId === "spring");

  it("recovers at 80–90% of the spring block's peak on four days or more, all easy (RC-1)", () => {
    expect(recovery).toBeDefined();
    const week = recovery as Week;
    expect(run(week)).toBeGreaterThanOrEqual(0.8 * peak);
    expect(run(week)).toBeLessThanOrEqual(0.9 * peak);
    // An easy long run counts: a short race's recovery keeps one after long enough ones (RC-1).
    const runDays = week.days.filter((d) =>
      d.workouts.some((w) => w.type === "recovery" || w.type === "easy" || w.type === "long"),
    );
    expect(runDays.length).toBeGreaterThanOrEqual(4);
    // Very easy in the race's first two days (recovery runs of at most 40 min), easy after.
    for (const day of runDays) {
      const after = (Date.parse(day.date) - Date.parse("2027-05-16")) / 86_400_000;
      for (const w of day.workouts.filter((x) => x.type === "recovery" || x.type === "easy")) {
        expect(w.type).toBe(after <= 2 ? "recovery" : "easy");
        if (w.type === "recovery") expect(w.durationMin).toBeLessThanOrEqual(40);
      }
    }
    const aboveEasy = week.days
      .flatMap((d) => d.workouts)
      .filter((w) => w.intensity !== "easy" && w.type !== "strength" && w.type !== "mobility");
    expect(aboveEasy).toEqual([]);
  });

  it("trains the summer block's first week from there, within the rules", () => {
    const next = plan.weeks[(recovery as Week).index + 1] as Week;
    // Its long run restarts from the taper's (LR-1) and bounds its easy runs: 80%, not 76%.
    expect(run(next)).toBeGreaterThanOrEqual(0.78 * peak);
    expect(validatePlan(plan).filter((f) => f.severity === "error")).toEqual([]);
  });
});
