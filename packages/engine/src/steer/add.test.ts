import { describe, expect, it } from "vitest";
import type { Plan, Workout } from "../schema/plan.ts";
import { isTrainingRun } from "../validate/amounts.ts";
import { makePlan } from "../validate/fixtures.test-util.ts";
import { validatePlan } from "../validate/validate.ts";
import { weekTotals } from "../week-totals.ts";
import { runSteps, totalMinutes } from "../workouts/steps.ts";
import { addWorkout } from "./add.ts";
import { examplePlan, expectOk, placedWorkouts, workoutById } from "./plans.test-util.ts";
import { shapeableTypes } from "./workout-shape.ts";

describe("addWorkout", () => {
  it("adds a workout beside the day's others, with the next id of that date", () => {
    const added = expectOk(
      addWorkout(makePlan(), "2027-01-28", { type: "strength", durationMin: 30 }),
    );
    expect(added.weeks[3]?.days[3]?.workouts.map((w) => [w.id, w.type, w.locked])).toEqual([
      ["2027-01-28-1", "easy", false],
      ["2027-01-28-2", "strength", true],
    ]);
    expect(added.weeks[3]?.totals).toEqual(weekTotals(added.weeks[3]?.days ?? []));
    expect(added.changes).toEqual([
      {
        kind: "add",
        summary: "Added a strength session of 30 min on Thu 28 Jan",
        weekIndexes: [3],
        workoutIds: ["2027-01-28-2"],
      },
    ]);
  });

  it("replaces a rest workout, and a rule it breaks becomes a warning", () => {
    const added = expectOk(addWorkout(makePlan(), "2027-01-25", { type: "easy", durationMin: 40 }));
    expect(added.weeks[3]?.days[0]?.workouts.map((w) => [w.id, w.type])).toEqual([
      ["2027-01-25-2", "easy"],
    ]);
    expect(added.warnings.map((w) => w.id)).toContain("w-edit-con-1-week-4");
  });

  const plan = examplePlan("hm-and-50k");
  const addedOne = (p: Plan) => workoutById(p, p.changes?.[0]?.workoutIds?.[0] ?? "");
  const date = "2027-02-17";
  const weekIndex = plan.weeks.findIndex((w) => w.days.some((d) => d.date === date));

  it.each(shapeableTypes)("shapes a %s that fits its minutes and the plan's format", (type) => {
    const added = expectOk(addWorkout(plan, date, { type, durationMin: 45 }));
    const w = addedOne(added);
    expect([w.type, w.durationMin, w.locked]).toEqual([type, 45, true]);
    const z = w.zoneMinutes;
    if (w.steps.length > 0) {
      expect(totalMinutes(w.steps)).toBeCloseTo(45, 1);
      expect(z.z1 + z.z2 + z.z3 + z.z4 + z.z5).toBeCloseTo(45, 1);
      expect(w.distanceKm).toBeGreaterThan(4);
    } else {
      expect(["strength", "mobility", "cross"]).toContain(type);
      expect([w.distanceKm, w.vertM]).toEqual([0, 0]);
    }
    expect(Object.keys(w.contribution).sort()).toEqual(["hm", "ultra"]);
    expect(added.weeks[weekIndex]?.totals).toEqual(weekTotals(added.weeks[weekIndex]?.days ?? []));
    const format = validatePlan(added).filter((f) => f.rule.startsWith("FMT"));
    expect(format).toEqual([]);
  });

  it("gives the new steps the athlete's pace bands, as the generator's steps have", () => {
    const added = expectOk(addWorkout(plan, date, { type: "tempo", durationMin: 50 }));
    const paceOf = (zone: string, steps: ReturnType<typeof runSteps>) =>
      steps.find((s) => s.zone === zone && s.paceSecPerKm)?.paceSecPerKm;
    const generated = placedWorkouts(plan).flatMap((p) =>
      p.workout.type === "race" || p.workout.type === "hills" ? [] : runSteps(p.workout.steps),
    );
    const fresh = runSteps(addedOne(added).steps);
    expect(paceOf("z4", fresh)).toEqual(paceOf("z4", generated));
    expect(paceOf("z2", fresh)).toEqual(paceOf("z2", generated));
  });

  it("climbs like the week's other runs", () => {
    const runs = (plan.weeks[weekIndex]?.days ?? [])
      .flatMap((d) => d.workouts)
      .filter(isTrainingRun);
    const sum = (f: (w: Workout) => number) => runs.reduce((s, w) => s + f(w), 0);
    const perMin = sum((w) => w.vertM) / sum((w) => w.durationMin);
    const added = expectOk(addWorkout(plan, date, { type: "easy", durationMin: 60 }));
    expect(addedOne(added).vertM).toBe(Math.round((perMin * 60) / 10) * 10);
    expect(addedOne(added).vertM).toBeGreaterThan(0);
  });

  it.each([
    [
      "a day outside the plan",
      "2026-01-01",
      { type: "easy", durationMin: 30 },
      "date",
      "2026-01-01 is outside the plan (2027-01-04 to 2027-04-25)",
    ],
    [
      "no real date",
      "2027-1-28",
      { type: "easy", durationMin: 30 },
      "date",
      '"2027-1-28" is not a real date written YYYY-MM-DD',
    ],
    [
      "a race",
      "2027-01-28",
      { type: "race", durationMin: 30 },
      "type",
      '"race" cannot be set: races come from the plan\'s goals',
    ],
    [
      "too few minutes",
      "2027-01-28",
      { type: "intervals", durationMin: 10 },
      "durationMin",
      "10 is not a whole number of minutes from 20 to 720 (for an interval session)",
    ],
  ])("refuses %s, naming the field", (_, day, workout, field, message) => {
    expect(addWorkout(makePlan(), day, workout as never)).toEqual({
      ok: false,
      error: { field, message },
    });
  });
});
