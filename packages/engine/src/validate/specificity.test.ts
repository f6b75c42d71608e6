import { describe, expect, it } from "vitest";
import { dayAt, findingsOf, makePlan, workoutAt } from "./fixtures.test-util.ts";

describe("SP-2 trail and mountain work", () => {
  it("flags a build or specific week without hills", () => {
    const plan = makePlan();
    workoutAt(plan, 4, 2).type = "tempo";
    expect(findingsOf(plan, "SP-2")).toEqual([
      expect.objectContaining({ path: "weeks[4]", measure: "hills" }),
    ]);
    expect(findingsOf(makePlan({ surface: "road" }), "SP-2")).toEqual([]);
  });

  it("flags strength missing, too often, or more than once in a taper week", () => {
    const plan = makePlan();
    dayAt(plan, 4, 4).workouts = [workoutAt(plan, 4, 0)];
    dayAt(plan, 5, 0).workouts.push({ ...workoutAt(plan, 5, 4) }, { ...workoutAt(plan, 5, 4) });
    dayAt(plan, 12, 0).workouts.push({ ...workoutAt(plan, 12, 4) });
    expect(findingsOf(plan, "SP-2", "strengthCount")).toEqual([
      expect.objectContaining({ path: "weeks[4]", actual: 0, limit: 1 }),
      expect.objectContaining({ path: "weeks[5]", actual: 3, limit: 2 }),
      expect.objectContaining({ path: "weeks[12]", actual: 2, limit: 1 }),
    ]);
  });

  it("asks for no strength when the athlete wants none", () => {
    const plan = makePlan();
    plan.scenario.constraints.strength = false;
    dayAt(plan, 4, 4).workouts = [workoutAt(plan, 4, 0)];
    expect(findingsOf(plan, "SP-2")).toEqual([]);
  });

  it("flags strength within 5 days of the race, not 5 days out", () => {
    const plan = makePlan();
    dayAt(plan, 14, 0).workouts.push({ ...workoutAt(plan, 13, 4) }); // Monday: 5 days out
    expect(findingsOf(plan, "SP-2")).toEqual([]);
    dayAt(plan, 14, 1).workouts.push({ ...workoutAt(plan, 13, 4) }); // Tuesday: 4 days out
    expect(findingsOf(plan, "SP-2")).toEqual([
      expect.objectContaining({
        path: "weeks[14].days[1].workouts[1]",
        measure: "strengthBeforeRace",
        actual: 4,
        limit: 5,
      }),
    ]);
  });
});

describe("SP-3 fueling practice", () => {
  it("flags a specific or peak long run without a carbohydrate target", () => {
    const plan = makePlan();
    workoutAt(plan, 8, 5).notes = ["Run the last hour at race effort"];
    expect(findingsOf(plan, "SP-3")).toEqual([
      expect.objectContaining({ path: "weeks[8].days[5].workouts[0]", measure: "fuelingMissing" }),
    ]);
  });

  it("flags a target outside 40–90 g/h", () => {
    const plan = makePlan();
    workoutAt(plan, 6, 5).notes = ["Fueling practice: 30 g carbohydrate per hour"];
    workoutAt(plan, 11, 5).notes = ["Fueling practice: 80–95 g carbohydrate per hour"];
    expect(findingsOf(plan, "SP-3", "fuelingRange")).toEqual([
      expect.objectContaining({ weekIndex: 6, actual: 30, limit: 40 }),
      expect.objectContaining({ weekIndex: 11, actual: 95, limit: 90 }),
    ]);
  });

  it("flags a target that falls from one week to the next", () => {
    const plan = makePlan();
    workoutAt(plan, 9, 5).notes = ["Fueling practice: 55 g/h"];
    expect(findingsOf(plan, "SP-3")).toEqual([
      expect.objectContaining({ weekIndex: 9, measure: "fuelingDrop", actual: 55, limit: 60 }),
    ]);
  });

  it("reads the usual ways of writing a target", () => {
    const plan = makePlan();
    workoutAt(plan, 6, 5).notes = ["Practise 50–60 g carbs per hour"];
    workoutAt(plan, 7, 5).notes = ["Take 60 g of carbohydrate per hour from gels"];
    expect(findingsOf(plan, "SP-3")).toEqual([]);
  });

  it("leaves goals shorter than the marathon alone", () => {
    const plan = makePlan({ distanceKm: 21.1 });
    workoutAt(plan, 8, 5).notes = [];
    expect(findingsOf(plan, "SP-3")).toEqual([]);
  });
});
