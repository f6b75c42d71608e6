import { describe, expect, it } from "vitest";
import { dayAt, makePlan, workoutAt } from "./fixtures.test-util.ts";
import { planFacts } from "./week-facts.ts";

describe("planFacts", () => {
  it("keeps the race out of training time, and counts its day as a run day", () => {
    const week = planFacts(makePlan()).weeks[14];
    expect(week?.all.runMin).toBe(540);
    expect(week?.training.runMin).toBe(120);
    expect(week?.runDays).toBe(5);
    expect(week?.isRaceWeek).toBe(true);
  });

  it("pairs a long run with the medium-long the day after, never the day before", () => {
    const plan = makePlan();
    expect(planFacts(plan).weeks[7]?.backToBacks).toEqual([
      expect.objectContaining({ firstDay: 7 * 7 + 5, lastDay: 7 * 7 + 6 }),
    ]);
    dayAt(plan, 7, 4).workouts = [workoutAt(plan, 7, 6)];
    dayAt(plan, 7, 6).workouts = [workoutAt(plan, 6, 6)];
    expect(planFacts(plan).weeks[7]?.backToBacks).toEqual([]);
  });

  it("uses a medium-long in one back-to-back only, and never across two weeks", () => {
    const plan = makePlan();
    dayAt(plan, 8, 0).workouts = [{ ...workoutAt(plan, 8, 5) }]; // a long run on the Monday after
    const facts = planFacts(plan);
    expect(facts.weeks[7]?.backToBacks).toHaveLength(1);
    expect(facts.weeks[8]?.backToBacks).toEqual([]);
  });

  it("gives each week the goal it trains for", () => {
    const facts = planFacts(makePlan());
    expect(facts.weeks[0]?.goal.category).toBe("50k");
    expect(facts.weeks[15]?.goal).toBe(facts.goals[0]);
  });
});
