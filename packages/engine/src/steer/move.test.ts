import { describe, expect, it } from "vitest";
import type { Plan } from "../schema/plan.ts";
import { makePlan } from "../validate/fixtures.test-util.ts";
import { weekTotals } from "../week-totals.ts";
import { moveWorkout } from "./move.ts";
import { examplePlan, expectOk, firstWorkout, placedWorkouts } from "./plans.test-util.ts";

const day = (plan: Plan, week: number, d: number) =>
  plan.weeks[week]?.days[d]?.workouts.map((w) => [w.id, w.type, w.locked]);

describe("moveWorkout", () => {
  const plan = makePlan();
  const moved = expectOk(moveWorkout(plan, "2027-01-27-1", "2027-01-28"));

  it("takes the workout to its new day with an id of that date, as the runner's", () => {
    expect(day(moved, 3, 3)).toEqual([
      ["2027-01-28-1", "easy", false],
      ["2027-01-28-2", "hills", true],
    ]);
  });

  it("leaves a rest day that regeneration may fill where the day is empty", () => {
    expect(day(moved, 3, 2)).toEqual([["2027-01-27-2", "rest", false]]);
  });

  it("keeps the week's totals when it stays in the week, and says what it did", () => {
    expect(moved.weeks[3]?.totals).toEqual(weekTotals(plan.weeks[3]?.days ?? []));
    expect(moved.changes).toEqual([
      {
        kind: "move",
        summary: "Moved the hill session of Wed 27 Jan to Thu 28 Jan",
        weekIndexes: [3],
        workoutIds: ["2027-01-27-1", "2027-01-28-2"],
      },
    ]);
  });

  it("replaces a rest workout on the day it lands", () => {
    const onMonday = expectOk(moveWorkout(plan, "2027-01-26-1", "2027-01-25"));
    expect(day(onMonday, 3, 0)).toEqual([["2027-01-25-2", "easy", true]]);
  });

  it("moves minutes from one week to the next, reading both weeks' totals again", () => {
    const next = expectOk(moveWorkout(plan, "2027-01-27-1", "2027-02-03"));
    for (const i of [3, 4])
      expect(next.weeks[i]?.totals).toEqual(weekTotals(next.weeks[i]?.days ?? []));
    expect(next.weeks[3]?.totals.runMin).toBe((plan.weeks[3]?.totals.runMin ?? 0) - 75);
    expect(next.weeks[4]?.totals.runMin).toBe((plan.weeks[4]?.totals.runMin ?? 0) + 75);
    expect(next.changes?.[0]?.weekIndexes).toEqual([3, 4]);
  });

  it("shares a workout moved past a race among the goals still ahead (MG-3)", () => {
    const season = examplePlan("hm-and-50k");
    const before = firstWorkout(season, (w) => w.type === "easy" && (w.contribution.hm ?? 0) > 0);
    const moved = expectOk(moveWorkout(season, before.workout.id, "2027-04-14"));
    const after = placedWorkouts(moved).find((p) => p.date === "2027-04-14" && p.workout.locked);
    expect(after?.workout.contribution).toEqual({ hm: 0, ultra: 1 });
  });

  it("and back again gives the weeks their totals and goal split as they were", () => {
    const season = examplePlan("hm-and-50k");
    const { workout, date } = firstWorkout(season, (w) => w.key && w.type !== "race");
    const away = expectOk(moveWorkout(season, workout.id, "2027-04-14"));
    const awayId = away.changes?.[0]?.workoutIds?.[1] ?? "";
    const back = expectOk(moveWorkout(away, awayId, date));
    const numbers = (p: Plan) => p.weeks.map((w) => [w.totals, w.goalSplit]);
    expect(numbers(back)).toEqual(numbers(season));
    expect(back.revision).toBe(2);
  });

  it.each([
    [
      "a day outside the plan",
      "2027-01-26-1",
      "2030-01-01",
      "toDate",
      "2030-01-01 is outside the plan (2027-01-04 to 2027-04-25)",
    ],
    [
      "no real date",
      "2027-01-26-1",
      "2027-02-30",
      "toDate",
      '"2027-02-30" is not a real date written YYYY-MM-DD',
    ],
    [
      "the same day",
      "2027-01-26-1",
      "2027-01-26",
      "toDate",
      '"2027-01-26-1" is already on 2027-01-26',
    ],
    [
      "a rest day",
      "2027-01-25-1",
      "2027-01-26",
      "workoutId",
      '"2027-01-25-1" is a rest day: add a workout on 2027-01-25 instead',
    ],
    ["an unknown id", "x", "2027-01-26", "workoutId", 'no workout "x" in this plan'],
  ])("refuses %s, naming the field", (_, id, to, field, message) => {
    expect(moveWorkout(plan, id, to)).toEqual({ ok: false, error: { field, message } });
  });

  it("refuses to move the race", () => {
    const race = firstWorkout(plan, (w) => w.type === "race");
    const result = moveWorkout(plan, race.workout.id, "2027-04-18");
    expect(result.ok ? "" : result.error.message).toMatch(
      /is a race: its date and distance come from the goal$/,
    );
  });
});
