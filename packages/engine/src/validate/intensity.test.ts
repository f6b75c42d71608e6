import { describe, expect, it } from "vitest";
import { dayAt, findingsOf, makePlan, weekAt, workoutAt } from "./fixtures.test-util.ts";

describe("IN-1 easy share", () => {
  it("flags a build week with too much quality", () => {
    const plan = makePlan();
    workoutAt(plan, 3, 2).zoneMinutes = { z1: 0, z2: 0, z3: 0, z4: 75, z5: 0 };
    expect(findingsOf(plan, "IN-1")).toEqual([
      expect.objectContaining({ path: "weeks[3]", limit: 0.8 }),
    ]);
  });

  it("lets base weeks run easier, up to 95%", () => {
    const plan = makePlan();
    workoutAt(plan, 0, 2).zoneMinutes = { z1: 60, z2: 0, z3: 0, z4: 0, z5: 0 }; // week 1 all easy
    expect(findingsOf(plan, "IN-1")).toEqual([
      expect.objectContaining({ path: "weeks[0]", actual: 1, limit: 0.95 }),
    ]);
    workoutAt(plan, 0, 2).zoneMinutes = { z1: 40, z2: 0, z3: 0, z4: 20, z5: 0 }; // 93% easy
    expect(findingsOf(plan, "IN-1")).toEqual([]);
  });

  it("holds race and recovery weeks only to the 75% floor", () => {
    const plan = makePlan();
    expect(weekAt(plan, 15).totals.easyShare).toBe(1);
    workoutAt(plan, 14, 3).zoneMinutes = { z1: 0, z2: 0, z3: 0, z4: 30, z5: 0 };
    expect(findingsOf(plan, "IN-1")).toEqual([
      expect.objectContaining({ path: "weeks[14]", limit: 0.75 }),
    ]);
  });

  it("reads training time only: the race's own zones do not count", () => {
    const plan = makePlan();
    workoutAt(plan, 14, 5).zoneMinutes = { z1: 0, z2: 0, z3: 420, z4: 0, z5: 0 };
    expect(findingsOf(plan, "IN-1")).toEqual([]);
  });
});

describe("IN-3 hard days in a row", () => {
  it("flags a hard day right after another", () => {
    const plan = makePlan();
    workoutAt(plan, 3, 3).intensity = "hard";
    expect(findingsOf(plan, "IN-3")).toEqual([
      expect.objectContaining({ path: "weeks[3].days[3].workouts[0]", date: "2027-01-28" }),
    ]);
  });

  it("sees across the end of a week", () => {
    const plan = makePlan();
    workoutAt(plan, 2, 6).intensity = "hard";
    workoutAt(plan, 3, 0).intensity = "hard";
    expect(findingsOf(plan, "IN-3")).toEqual([
      expect.objectContaining({ path: "weeks[3].days[0].workouts[0]" }),
    ]);
  });
});

describe("IN-4 hard days one day apart (warn)", () => {
  it("flags two hard days with a single day between", () => {
    const plan = makePlan();
    workoutAt(plan, 3, 6).intensity = "hard";
    workoutAt(plan, 4, 1).intensity = "hard";
    expect(findingsOf(plan, "IN-4")).toEqual([
      expect.objectContaining({ severity: "warn", path: "weeks[4].days[1].workouts[0]" }),
    ]);
  });
});

describe("IN-5 eve of the long run", () => {
  it("flags a hard session the day before a long run", () => {
    const plan = makePlan();
    workoutAt(plan, 3, 4).intensity = "hard"; // Friday strength
    expect(findingsOf(plan, "IN-5")).toEqual([
      expect.objectContaining({ path: "weeks[3].days[4].workouts[0]" }),
    ]);
  });

  it("protects the day before a back-to-back that starts with the medium-long", () => {
    const plan = makePlan();
    dayAt(plan, 7, 4).workouts = [workoutAt(plan, 7, 6)]; // medium-long Friday, long Saturday
    dayAt(plan, 7, 6).workouts = [workoutAt(plan, 6, 6)];
    workoutAt(plan, 7, 3).intensity = "hard";
    expect(findingsOf(plan, "IN-5")).toEqual([
      expect.objectContaining({ path: "weeks[7].days[3].workouts[0]" }),
    ]);
  });
});
