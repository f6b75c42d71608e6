import { describe, expect, it } from "vitest";
import {
  dayAt,
  findingsOf,
  goalOf,
  makePlan,
  retotal,
  weekAt,
  workoutAt,
} from "./fixtures.test-util.ts";

describe("FMT-3 zone minutes", () => {
  it("flags a run whose zones do not add up to its duration", () => {
    const plan = makePlan();
    workoutAt(plan, 2, 1).zoneMinutes.z1 += 5;
    expect(findingsOf(plan, "FMT-3")).toEqual([
      expect.objectContaining({ path: "weeks[2].days[1].workouts[0]", actual: 35, limit: 30 }),
    ]);
  });

  it("ignores strength and rest, which carry no zones", () => {
    const plan = makePlan();
    workoutAt(plan, 2, 4).durationMin = 45;
    expect(findingsOf(plan, "FMT-3")).toEqual([]);
  });
});

describe("FMT-4 shares", () => {
  it("flags a contribution keyed by an unknown goal", () => {
    const plan = makePlan();
    workoutAt(plan, 1, 2).contribution = { other: 1 };
    expect(findingsOf(plan, "FMT-4")).toEqual([
      expect.objectContaining({
        path: "weeks[1].days[2].workouts[0].contribution",
        measure: "keys",
        actual: "other",
        limit: "ultra",
      }),
    ]);
  });

  it("flags a goal split that does not sum to 1", () => {
    const plan = makePlan();
    weekAt(plan, 5).goalSplit = { ultra: 0.9 };
    expect(findingsOf(plan, "FMT-4")).toEqual([
      expect.objectContaining({
        path: "weeks[5].goalSplit",
        measure: "sum",
        actual: 0.9,
        limit: 1,
      }),
    ]);
  });
});

describe("FMT-5 totals", () => {
  it("flags totals that disagree with the workouts", () => {
    const plan = makePlan();
    weekAt(plan, 4).totals.runMin += 5;
    weekAt(plan, 4).totals.easyShare -= 0.05;
    expect(findingsOf(plan, "FMT-5").map((f) => f.path)).toEqual([
      "weeks[4].totals.runMin",
      "weeks[4].totals.easyShare",
    ]);
  });

  it("counts the race in the race week's totals", () => {
    const plan = makePlan();
    expect(weekAt(plan, 14).totals.runMin).toBe(120 + 420);
    expect(findingsOf(plan, "FMT-5")).toEqual([]);
  });

  it("takes the week's longest `long` workout as its long run", () => {
    const plan = makePlan();
    workoutAt(plan, 3, 5).durationMin += 10;
    workoutAt(plan, 3, 5).zoneMinutes.z1 += 10;
    expect(findingsOf(plan, "FMT-5")).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: "weeks[3].totals.longRunMin", actual: 130, limit: 140 }),
      ]),
    );
    expect(findingsOf(retotal(plan), "FMT-5")).toEqual([]);
  });
});

describe("FMT-6 race day", () => {
  it("flags a goal date without a race", () => {
    const plan = makePlan();
    dayAt(plan, 14, 5).workouts = [workoutAt(plan, 14, 1)];
    expect(findingsOf(plan, "FMT-6")).toEqual([
      expect.objectContaining({
        path: "weeks[14].days[5]",
        measure: "missing",
        limit: 50,
        date: "2027-04-17",
      }),
    ]);
  });

  it("flags a race of another distance", () => {
    const plan = makePlan();
    workoutAt(plan, 14, 5).distanceKm = 42.2;
    expect(findingsOf(plan, "FMT-6", "distance")).toHaveLength(1);
    workoutAt(plan, 14, 5).distanceKm = 50.4;
    expect(findingsOf(plan, "FMT-6")).toEqual([]);
  });

  it("flags a goal date outside the plan's weeks", () => {
    const plan = makePlan();
    goalOf(plan).date = "2027-06-05";
    expect(findingsOf(plan, "FMT-6")).toEqual([
      expect.objectContaining({ path: "goals[0].date", measure: "outside" }),
    ]);
  });
});
