import { describe, expect, it } from "vitest";
import { dayAt, findingsOf, makePlan, resize, workoutAt } from "./fixtures.test-util.ts";

const cross = (durationMin: number) => ({
  ...workoutAt(makePlan(), 0, 0),
  type: "cross" as const,
  durationMin,
});

describe("PR-2 ramp", () => {
  it("flags a week rising more than the athlete's ramp cap over the week before", () => {
    const plan = makePlan();
    resize(workoutAt(plan, 4, 1), workoutAt(plan, 4, 1).durationMin + 30); // 420 after 360: +17%
    expect(findingsOf(plan, "PR-2")).toEqual([
      expect.objectContaining({
        path: "weeks[4]",
        limit: 0.12,
        refWeekIndex: 3,
        actual: expect.closeTo(0.167, 3),
      }),
    ]);
  });

  it("measures the week after a cutback against the last week before the cutback", () => {
    const plan = makePlan();
    // Week 7 (400) follows cutback week 6 (300) and week 5 (390): up to 437 is fine…
    expect(findingsOf(plan, "PR-2")).toEqual([]);
    resize(workoutAt(plan, 6, 1), workoutAt(plan, 6, 1).durationMin + 45); // …445 is not
    expect(findingsOf(plan, "PR-2")).toEqual([
      expect.objectContaining({ weekIndex: 6, refWeekIndex: 4 }),
    ]);
  });

  it("lets race, taper and recovery weeks move freely", () => {
    const plan = makePlan();
    resize(workoutAt(plan, 15, 1), 90); // recovery week doubles from 150
    resize(workoutAt(plan, 13, 1), 150); // second taper week rises
    expect(findingsOf(plan, "PR-2")).toEqual([]);
  });
});

describe("PR-3 load spike", () => {
  it("flags a week whose load jumps over the mean of the 4 weeks before", () => {
    const plan = makePlan();
    dayAt(plan, 8, 0).workouts.push(cross(240));
    expect(findingsOf(plan, "PR-3")).toEqual([
      expect.objectContaining({ path: "weeks[8]", limit: 1.3 }),
    ]);
  });

  it("compares the first weeks with the history", () => {
    const plan = makePlan();
    plan.scenario.athlete.history = {
      weeks: plan.scenario.athlete.history?.weeks?.map((w) => ({ ...w, minutes: 150 })) ?? [],
    };
    expect(findingsOf(plan, "PR-3").map((f) => f.weekIndex)).toContain(0);
  });

  it("skips the first week when nothing came before it", () => {
    const plan = makePlan();
    delete plan.scenario.athlete.history;
    expect(findingsOf(plan, "PR-3")).toEqual([]);
  });

  it("leaves the race out of the race week's load", () => {
    const plan = makePlan();
    expect(findingsOf(plan, "PR-3").map((f) => f.weekIndex)).not.toContain(14);
  });
});

describe("PR-4 volume bounds", () => {
  it("flags weeks above the athlete's maximum", () => {
    const plan = makePlan();
    plan.scenario.constraints.maxWeeklyMin = 450;
    const flagged = findingsOf(plan, "PR-4", "weeklyMax");
    expect(flagged.map((f) => f.weekIndex)).toEqual([7, 8, 10, 11]); // not the race week: 220 + the race
    expect(flagged[0]).toMatchObject({ limit: 450, actual: 430 + 30 });
  });

  it("flags a first week far from the athlete's chronic volume", () => {
    const plan = makePlan();
    plan.athleteProfile.chronicWeeklyMin = 400;
    expect(findingsOf(plan, "PR-4", "firstWeek")).toEqual([
      expect.objectContaining({ actual: 300, limit: 360 }),
    ]);
    plan.athleteProfile.chronicWeeklyMin = 250;
    expect(findingsOf(plan, "PR-4", "firstWeek")).toEqual([
      expect.objectContaining({ limit: 275 }),
    ]);
  });
});
