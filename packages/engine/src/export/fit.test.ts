import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import trail100k from "../../../../examples/100k-trail-intermediate.json" with { type: "json" };
import { generatePlan } from "../generate.ts";
import type { Plan } from "../schema/plan.ts";
import { expectOk } from "../steer/plans.test-util.ts";
import { decodeWorkout, expectStepsOf } from "./fit.test-util.ts";
import { planFitFiles, planToFitZip } from "./fit-zip.ts";
import { planWeek } from "./plan-week.ts";
import { datedWorkouts, zurichPlan } from "./plans.test-util.ts";

// The 100K runner with heart-rate zones: a 50K race gives no VDOT, so steps go by heart rate.
const withHeartRate = {
  ...trail100k,
  athlete: { ...trail100k.athlete, lthr: 165, maxHr: 186 },
};
const trailPlan = expectOk(generatePlan(withHeartRate, { today: "2026-11-25" }));

const plans: [string, Plan][] = [
  ["100k-trail-intermediate (pace and heart rate)", trailPlan],
  ["hm-and-50k (pace)", zurichPlan],
];

const running = (plan: Plan) =>
  datedWorkouts(plan).filter(
    ({ workout }) => !["rest", "strength", "mobility", "cross"].includes(workout.type),
  );

describe.each(plans)("FIT workouts of %s", (_, plan) => {
  const files = planFitFiles(plan);

  it("has one file a running workout, none for strength, mobility or rest", () => {
    expect(files.map((f) => f.workout.id)).toEqual(running(plan).map((r) => r.workout.id));
    expect(files.map((f) => f.date)).toEqual(running(plan).map((r) => r.date));
  });

  it("decodes every file to the plan's steps, repeats, durations and targets", () => {
    for (const { data, workout } of files) {
      const decoded = decodeWorkout(data);
      expect(decoded.fileId.type).toBe("workout");
      expect(decoded.workout.sport).toBe("running");
      expect(decoded.workout.wktDescription).toBe(workout.title);
      expect(decoded.workout.wktName).toMatch(/^[\x20-\x7e]{1,15}$/);
      expect(decoded.workout.numValidSteps).toBe(decoded.steps.length);
      expectStepsOf(workout, decoded.steps);
    }
  });

  it("names files by date and title, in ASCII, each once", () => {
    for (const { name, date } of files)
      expect(name).toMatch(new RegExp(`^${date}-[a-z0-9]+(-[a-z0-9]+)*\\.fit$`));
    expect(new Set(files.map((f) => f.name)).size).toBe(files.length);
    const serials = files.map((f) => decodeWorkout(f.data).fileId.serialNumber);
    expect(new Set(serials).size).toBe(files.length);
  });

  it("zips them all; each entry decodes as its file", () => {
    const entries = unzipSync(planToFitZip(plan));
    expect(Object.keys(entries)).toEqual(files.map((f) => f.name));
    for (const file of files) {
      const entry = entries[file.name];
      if (!entry) throw new Error(`no ${file.name} in the zip`);
      expect(entry).toEqual(file.data);
      expectStepsOf(file.workout, decodeWorkout(entry).steps);
    }
  });
});

describe("FIT targets", () => {
  const stepsOf = (plan: Plan) => planFitFiles(plan).flatMap((f) => decodeWorkout(f.data).steps);
  const trailSteps = stepsOf(trailPlan);
  const zurichSteps = stepsOf(zurichPlan);

  it("between them, the two plans exercise pace, heart-rate and open targets", () => {
    const kinds = new Set([...trailSteps, ...zurichSteps].map((s) => s.targetType));
    for (const kind of ["speed", "heartRate", "open"]) expect(kinds).toContain(kind);
    // Without heart-rate zones no step is run by heart rate.
    expect(zurichSteps.some((s) => s.targetType === "heartRate")).toBe(false);
  });

  it("repeats loop back to their first step", () => {
    expect(trailSteps.some((s) => s.durationType === "repeatUntilStepsCmplt")).toBe(true);
    expect(zurichSteps.some((s) => s.durationType === "repeatUntilStepsCmplt")).toBe(true);
  });
});

describe("planToFitZip", () => {
  it("is the same bytes for the same plan", () => {
    expect(planToFitZip(zurichPlan)).toEqual(planToFitZip(zurichPlan));
  });

  it("holds one week's running workouts for a week", () => {
    const week = planWeek(zurichPlan, 3);
    if (!week) throw new Error("no week 3");
    const names = Object.keys(unzipSync(planToFitZip(week)));
    const days = zurichPlan.weeks[2]?.days.map((d) => d.date) ?? [];
    expect(names.length).toBe(running(week).length);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(days).toContain(name.slice(0, 10));
  });
});
