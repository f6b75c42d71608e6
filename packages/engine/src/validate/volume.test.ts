import { describe, expect, it } from "vitest";
import type { Plan } from "../schema/plan.ts";
import {
  dayAt,
  findingsOf,
  makePlan,
  resize,
  retotal,
  weekAt,
  workoutAt,
} from "./fixtures.test-util.ts";

const cross = (durationMin: number) => ({
  ...workoutAt(makePlan(), 0, 0),
  type: "cross" as const,
  durationMin,
});

const withoutHistory = (plan: Plan): Plan => {
  delete plan.scenario.athlete.history;
  plan.athleteProfile.hasHistory = false;
  return plan;
};

/** The first week away from Tuesday on: it holds only Monday's rest. */
const awayFirstWeek = (plan: Plan): Plan => {
  plan.scenario.constraints.unavailable = [{ from: "2027-01-05", to: "2027-01-10" }];
  for (const day of weekAt(plan, 0).days.slice(1)) day.workouts = [];
  return retotal(plan);
};

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

  it("measures the week after a first week away against the assumed week when nothing came before", () => {
    const plan = awayFirstWeek(withoutHistory(makePlan()));
    expect(findingsOf(plan, "PR-2")).toEqual([]); // 330 after the assumed 300: +10%
    plan.athleteProfile.chronicWeeklyMin = 250; // +32%
    expect(findingsOf(plan, "PR-2")).toEqual([
      expect.objectContaining({ weekIndex: 1, actual: expect.closeTo(0.32, 2) }),
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

  it("reads the usual week the profile assumes when there is no history", () => {
    const plan = withoutHistory(makePlan());
    expect(findingsOf(plan, "PR-3")).toEqual([]);
    plan.athleteProfile.chronicWeeklyMin = 150; // the first week, 300 min, doubles it
    expect(findingsOf(plan, "PR-3").map((f) => f.weekIndex)).toContain(0);
  });

  it("lets an athlete without history come back to the assumed week after a first week away", () => {
    const plan = awayFirstWeek(withoutHistory(makePlan()));
    plan.athleteProfile.chronicWeeklyMin = 420;
    // Weeks 1 and 2 read the assumed weeks beside the empty one (week 3 on reads the plan only).
    const flagged = findingsOf(plan, "PR-3").map((f) => f.weekIndex);
    expect(flagged).not.toContain(1);
    expect(flagged).not.toContain(2);
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
