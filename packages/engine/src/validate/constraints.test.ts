import { describe, expect, it } from "vitest";
import { dayAt, findingsOf, makePlan, workoutAt } from "./fixtures.test-util.ts";

describe("CON-1 rest days", () => {
  it("flags a run on a rest day", () => {
    const plan = makePlan();
    dayAt(plan, 2, 0).workouts = [{ ...workoutAt(plan, 2, 1) }];
    expect(findingsOf(plan, "CON-1")).toEqual([
      expect.objectContaining({
        path: "weeks[2].days[0].workouts[0]",
        actual: "mon",
        date: "2027-01-18",
      }),
    ]);
  });

  it("leaves the race on the day the athlete chose", () => {
    const plan = makePlan();
    plan.scenario.constraints.restDays = ["sat"];
    expect(findingsOf(plan, "CON-1").map((f) => f.path)).not.toContain(
      "weeks[14].days[5].workouts[0]",
    );
    expect(findingsOf(plan, "CON-1")).toHaveLength(15); // every other Saturday's run
  });
});

describe("CON-2 run days", () => {
  it("flags weeks with more run days than the athlete allows", () => {
    const plan = makePlan();
    plan.scenario.constraints.maxRunDaysPerWeek = 4;
    const flagged = findingsOf(plan, "CON-2");
    expect(flagged).toHaveLength(15); // all but the 4-day recovery week
    expect(flagged[0]).toMatchObject({ path: "weeks[0]", actual: 5, limit: 4 });
  });
});

describe("CON-3 weekday sessions", () => {
  it("flags a weekday session longer than weekdayMaxMin", () => {
    const plan = makePlan();
    plan.scenario.constraints.weekdayMaxMin = 70;
    const flagged = findingsOf(plan, "CON-3");
    // Wednesday's 75-min quality session from week 4 on.
    expect(flagged.map((f) => f.path)).toEqual(
      [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13].map((w) => `weeks[${w}].days[2].workouts[0]`),
    );
    expect(flagged[0]).toMatchObject({ actual: 75, limit: 70 });
  });

  it("reads the cap exactly: one minute over is over", () => {
    const plan = makePlan();
    plan.scenario.constraints.weekdayMaxMin = 74;
    expect(findingsOf(plan, "CON-3")[0]).toMatchObject({ actual: 75, limit: 74 });
  });

  it("leaves weekends alone", () => {
    const plan = makePlan();
    plan.scenario.constraints.weekdayMaxMin = 80;
    expect(findingsOf(plan, "CON-3")).toEqual([]);
  });
});

describe("CON-4 unavailable dates", () => {
  it("flags any workout but rest on an unavailable date", () => {
    const plan = makePlan();
    plan.scenario.constraints.unavailable = [{ from: "2027-01-25", to: "2027-01-27" }];
    expect(findingsOf(plan, "CON-4").map((f) => f.path)).toEqual([
      "weeks[3].days[1].workouts[0]",
      "weeks[3].days[2].workouts[0]",
    ]);
  });
});
