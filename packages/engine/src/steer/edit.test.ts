import { describe, expect, it } from "vitest";
import type { Plan } from "../schema/plan.ts";
import { makePlan } from "../validate/fixtures.test-util.ts";
import { weekTotals } from "../week-totals.ts";
import { runSteps, totalMinutes } from "../workouts/steps.ts";
import { deleteWorkout, editWorkout } from "./edit.ts";
import { examplePlan, expectOk, firstWorkout, workoutById } from "./plans.test-util.ts";

const zoneSum = (z: { z1: number; z2: number; z3: number; z4: number; z5: number }) =>
  z.z1 + z.z2 + z.z3 + z.z4 + z.z5;

const totalsAgree = (plan: Plan, weekIndex: number) => {
  const week = plan.weeks[weekIndex];
  expect(week?.totals).toEqual(weekTotals(week?.days ?? []));
};

describe("editWorkout: a new duration", () => {
  const plan = examplePlan("100k-trail-intermediate");
  const { workout: session, weekIndex } = firstWorkout(
    plan,
    (w) => w.intensity === "hard" && w.type !== "race" && w.steps.length >= 3,
  );
  const edited = expectOk(editWorkout(plan, session.id, { durationMin: 40 }));
  const after = workoutById(edited, session.id);
  const factor = 40 / session.durationMin;

  it("scales every step, to 5 seconds, and the steps still add up to the workout", () => {
    const [old, now] = [runSteps(session.steps), runSteps(after.steps)];
    expect(now.map((s) => [s.kind, s.zone, s.label])).toEqual(
      old.map((s) => [s.kind, s.zone, s.label]),
    );
    // The last step takes the rounding; every other is the old one scaled.
    now.slice(0, -1).forEach((s, i) => {
      expect(Math.abs(s.durationMin - (old[i]?.durationMin ?? 0) * factor)).toBeLessThan(0.05);
    });
    expect(totalMinutes(after.steps)).toBeCloseTo(40, 1);
    expect(zoneSum(after.zoneMinutes)).toBeCloseTo(40, 1);
  });

  it("scales its distance and climbing in proportion, and keeps its role", () => {
    expect(after.distanceKm).toBeCloseTo(session.distanceKm * factor, 0);
    expect(Math.abs(after.vertM - session.vertM * factor)).toBeLessThanOrEqual(5);
    expect([after.type, after.intensity, after.key, after.why]).toEqual([
      session.type,
      session.intensity,
      session.key,
      session.why,
    ]);
    expect(after.title).toMatch(/ 40 min$/);
  });

  it("makes it the runner's and reads the week's totals again", () => {
    expect(after.locked).toBe(true);
    totalsAgree(edited, weekIndex);
    const runMin = (p: Plan) => p.weeks[weekIndex]?.totals.runMin ?? 0;
    expect(runMin(plan) - runMin(edited)).toBe(session.durationMin - 40);
  });

  it("says what changed, in plain words", () => {
    const shorter = expectOk(editWorkout(makePlan(), "2027-01-30-1", { durationMin: 110 }));
    expect(shorter.changes).toEqual([
      {
        kind: "edit",
        summary: "Shortened the long run of Sat 30 Jan to 1 h 50",
        weekIndexes: [3],
        workoutIds: ["2027-01-30-1"],
      },
    ]);
    const longer = expectOk(editWorkout(makePlan(), "2027-01-26-1", { durationMin: 60 }));
    expect(longer.changes?.[0]?.summary).toBe("Lengthened the easy run of Tue 26 Jan to 1 h 00");
  });

  it("a long run under two hours is no stress anchor any more (IN-2)", () => {
    const shorter = expectOk(editWorkout(makePlan(), "2027-01-30-1", { durationMin: 110 }));
    expect(workoutById(shorter, "2027-01-30-1").key).toBe(false);
  });
});

describe("editWorkout: a new type", () => {
  const plan = examplePlan("hm-and-50k");
  const { workout: session } = firstWorkout(
    plan,
    (w) => w.intensity === "hard" && w.type !== "race",
  );

  it("an easy run is one z2 step, easy, no anchor, with none of the old session's words", () => {
    const after = workoutById(
      expectOk(editWorkout(plan, session.id, { type: "easy" })),
      session.id,
    );
    expect(after.steps).toHaveLength(1);
    expect(runSteps(after.steps).map((s) => [s.kind, s.zone, s.durationMin])).toEqual([
      ["work", "z2", session.durationMin],
    ]);
    expect(after.zoneMinutes).toEqual({ z1: 0, z2: session.durationMin, z3: 0, z4: 0, z5: 0 });
    expect([after.type, after.intensity, after.key, after.why, after.notes]).toEqual([
      "easy",
      "easy",
      false,
      undefined,
      [],
    ]);
    expect([after.id, after.locked]).toEqual([session.id, true]);
  });

  it("a quality type gets a session of its kind inside a warm-up and a cool-down", () => {
    const easy = firstWorkout(plan, (w) => w.type === "easy" && w.durationMin >= 40).workout;
    const edited = expectOk(editWorkout(plan, easy.id, { type: "intervals", durationMin: 50 }));
    const after = workoutById(edited, easy.id);
    expect(after.steps.map((s) => s.kind)).toEqual(["warmup", "repeat", "cooldown"]);
    expect(after.zoneMinutes.z5).toBeGreaterThan(0);
    expect(totalMinutes(after.steps)).toBeCloseTo(50, 1);
    expect([after.intensity, after.key]).toEqual(["hard", true]);
    expect(edited.changes?.[0]?.summary).toMatch(
      /^Changed the easy run of \w{3} \d+ \w{3} to an interval session of 50 min$/,
    );
  });

  it("a long quality session keeps WORKOUTS.md's warm-up and cool-down, easy running beyond", () => {
    const easy = firstWorkout(plan, (w) => w.type === "easy" && w.durationMin >= 40).workout;
    const edited = expectOk(editWorkout(plan, easy.id, { type: "tempo", durationMin: 120 }));
    const after = workoutById(edited, easy.id);
    const [warm, easyPart] = after.steps;
    const cool = after.steps.at(-1);
    expect(warm).toMatchObject({ kind: "warmup", durationMin: 20 });
    expect(easyPart).toMatchObject({ kind: "work", zone: "z2", label: "easy" });
    expect(cool).toMatchObject({ kind: "cooldown", durationMin: 15 });
    expect(after.zoneMinutes.z4).toBeGreaterThan(0);
    expect(totalMinutes(after.steps)).toBeCloseTo(120, 1);
  });

  it("a steady run is moderate, not a stress anchor", () => {
    const after = workoutById(
      expectOk(editWorkout(plan, session.id, { type: "steady", durationMin: 60 })),
      session.id,
    );
    expect([after.intensity, after.key, after.zoneMinutes.z3 > 0]).toEqual([
      "moderate",
      false,
      true,
    ]);
  });
});

describe("editWorkout refuses", () => {
  const plan = makePlan();
  const race = firstWorkout(plan, (w) => w.type === "race").workout;

  it.each([
    [
      "the race",
      race.id,
      { durationMin: 300 },
      "workoutId",
      `"${race.id}" is a race: its date and distance come from the goal`,
    ],
    [
      "a rest day",
      "2027-01-25-1",
      { durationMin: 30 },
      "workoutId",
      '"2027-01-25-1" is a rest day: add a workout on 2027-01-25 instead',
    ],
    [
      "an unknown id",
      "2027-01-26-9",
      { durationMin: 30 },
      "workoutId",
      'no workout "2027-01-26-9" in this plan',
    ],
    [
      "an unknown type",
      "2027-01-26-1",
      { type: "sprint" },
      "type",
      /^"sprint" cannot be set: expected one of easy, /,
    ],
    [
      "the race type",
      "2027-01-26-1",
      { type: "race" },
      "type",
      '"race" cannot be set: races come from the plan\'s goals',
    ],
    [
      "the rest type",
      "2027-01-26-1",
      { type: "rest" },
      "type",
      '"rest" cannot be set: delete the workout to rest that day',
    ],
    [
      "no minutes",
      "2027-01-26-1",
      { durationMin: 0 },
      "durationMin",
      "0 is not a whole number of minutes from 5 to 720 (for an easy run)",
    ],
    [
      "part minutes",
      "2027-01-26-1",
      { durationMin: 30.5 },
      "durationMin",
      /^30\.5 is not a whole number/,
    ],
    ["too many minutes", "2027-01-26-1", { durationMin: 721 }, "durationMin", /^721 is not/],
    ["minutes as text", "2027-01-26-1", { durationMin: "45" }, "durationMin", /^"45" is not/],
    [
      "a quality session too short to warm up",
      "2027-01-26-1",
      { type: "tempo", durationMin: 15 },
      "durationMin",
      "15 is not a whole number of minutes from 20 to 720 (for a tempo)",
    ],
    [
      "nothing new",
      "2027-01-26-1",
      { durationMin: 51, type: "easy" },
      "edit",
      'nothing to change: "2027-01-26-1" is already an easy run of 51 min',
    ],
    ["no change at all", "2027-01-26-1", {}, "edit", /^nothing to change/],
  ])("%s, naming the field", (_, id, edit, field, message) => {
    const result = editWorkout(plan, id, edit as never);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.field).toBe(field);
    if (message instanceof RegExp) expect(result.error.message).toMatch(message);
    else expect(result.error.message).toBe(message);
  });
});

describe("deleteWorkout", () => {
  it("leaves a locked rest day with a fresh id where the day is empty", () => {
    const plan = makePlan();
    const deleted = expectOk(deleteWorkout(plan, "2027-01-27-1"));
    const day = deleted.weeks[3]?.days[2];
    expect(day?.workouts.map((w) => [w.id, w.type, w.locked, w.contribution])).toEqual([
      ["2027-01-27-2", "rest", true, { ultra: 1 }],
    ]);
    totalsAgree(deleted, 3);
    expect(deleted.weeks[3]?.totals.runMin).toBe((plan.weeks[3]?.totals.runMin ?? 0) - 75);
    expect(deleted.changes).toEqual([
      {
        kind: "delete",
        summary: "Deleted the hill session of Wed 27 Jan: a rest day now",
        weekIndexes: [3],
        workoutIds: ["2027-01-27-1", "2027-01-27-2"],
      },
    ]);
  });

  it("leaves the day's other workouts, and no rest, where there are some", () => {
    const plan = makePlan();
    // Friday's strength session on Thursday too, beside the easy run.
    const strength = workoutById(plan, "2027-01-29-1");
    plan.weeks[3]?.days[3]?.workouts.push({ ...strength, id: "2027-01-28-2" });
    const deleted = expectOk(deleteWorkout(plan, "2027-01-28-1"));
    expect(deleted.weeks[3]?.days[3]?.workouts.map((w) => [w.id, w.type])).toEqual([
      ["2027-01-28-2", "strength"],
    ]);
    expect(deleted.changes?.[0]?.workoutIds).toEqual(["2027-01-28-1"]);
  });

  it.each([
    ["the race", (p: Plan) => firstWorkout(p, (w) => w.type === "race").workout.id, /is a race/],
    ["a rest day", () => "2027-01-25-1", /is a rest day/],
    ["an unknown id", () => "nope", /^no workout "nope" in this plan$/],
  ])("refuses %s", (_, idOf, message) => {
    const plan = makePlan();
    const result = deleteWorkout(plan, idOf(plan));
    expect(result.ok ? undefined : result.error.field).toBe("workoutId");
    expect(result.ok ? "" : result.error.message).toMatch(message);
  });
});
