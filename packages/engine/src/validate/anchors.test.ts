import { describe, expect, it } from "vitest";
import type { Plan } from "../schema/plan.ts";
import { dayAt, findingsOf, makePlan, workoutAt } from "./fixtures.test-util.ts";

/** Moves the week's hard session to Tuesday and makes Thursday a moderate steady run. */
function withThirdSession(plan: Plan, week: number): Plan {
  const [tuesday, wednesday] = [dayAt(plan, week, 1), dayAt(plan, week, 2)];
  [tuesday.workouts, wednesday.workouts] = [wednesday.workouts, tuesday.workouts];
  Object.assign(workoutAt(plan, week, 3), { type: "steady", intensity: "moderate" });
  return plan;
}

describe("IN-2 stress anchors", () => {
  it("flags a third anchor", () => {
    const plan = makePlan();
    Object.assign(workoutAt(plan, 3, 1), { type: "tempo", intensity: "hard" }); // hills, tempo, a 130-min long run
    expect(findingsOf(plan, "IN-2")).toEqual([
      expect.objectContaining({ path: "weeks[3]", measure: "anchors", actual: 3, limit: 2 }),
    ]);
  });

  it("counts a short long run as no anchor", () => {
    const plan = makePlan();
    Object.assign(workoutAt(plan, 0, 1), { type: "tempo", intensity: "hard" }); // long run 100 min
    expect(findingsOf(plan, "IN-2", "anchors")).toEqual([]);
  });

  it("allows a moderate third session in build weeks for an intermediate athlete on 5 days", () => {
    expect(findingsOf(withThirdSession(makePlan(), 3), "IN-2")).toEqual([]);
  });

  it("flags a moderate third session in a base week", () => {
    expect(findingsOf(withThirdSession(makePlan(), 1), "IN-2")).toEqual([
      expect.objectContaining({ path: "weeks[1]", measure: "moderatePhase", actual: "base" }),
    ]);
  });

  it("flags a moderate third session for a beginner or on fewer than 5 run days", () => {
    const beginner = withThirdSession(makePlan(), 3);
    beginner.athleteProfile.level = "beginner";
    expect(findingsOf(beginner, "IN-2")).toEqual([
      expect.objectContaining({ measure: "moderateLevel" }),
    ]);
    const fourDays = withThirdSession(makePlan(), 3);
    dayAt(fourDays, 3, 6).workouts = [workoutAt(fourDays, 3, 0)];
    expect(findingsOf(fourDays, "IN-2")).toEqual([
      expect.objectContaining({ measure: "moderateRunDays", actual: 4, limit: 5 }),
    ]);
  });

  it("flags more than one moderate session on top of the anchors", () => {
    const plan = withThirdSession(makePlan(), 3);
    Object.assign(workoutAt(plan, 3, 2), { type: "progression", intensity: "moderate" });
    expect(findingsOf(plan, "IN-2", "moderateCount")).toEqual([
      expect.objectContaining({ actual: 2, limit: 1 }),
    ]);
  });

  it("flags a moderate session next to an anchor day", () => {
    const plan = makePlan();
    Object.assign(workoutAt(plan, 3, 3), { type: "steady", intensity: "moderate" }); // Thursday, after Wednesday's hills
    expect(findingsOf(plan, "IN-2")).toEqual([
      expect.objectContaining({
        path: "weeks[3].days[3].workouts[0]",
        measure: "moderateNextToAnchor",
      }),
    ]);
  });
});
