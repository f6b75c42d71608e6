import { describe, expect, it } from "vitest";
import { dayAt, findingsOf, makePlan, workoutAt } from "./fixtures.test-util.ts";

/** A mobility session: volume, not running. */
const mobility = (durationMin: number) => ({
  ...workoutAt(makePlan(), 0, 0),
  type: "mobility" as const,
  durationMin,
});

// The fixture's biggest week, weeks[8], runs 450 min and holds 480 with its strength session.
describe("PR-5 peak volume (warn)", () => {
  it("flags a peak below the range for the distance and level, running and all", () => {
    const plan = makePlan();
    plan.athleteProfile.level = "advanced"; // 50K advanced: 9–13 h
    expect(findingsOf(plan, "PR-5")).toEqual([
      expect.objectContaining({ severity: "warn", path: "weeks[8]", measure: "runMin" }),
      expect.objectContaining({ measure: "volumeMin", actual: 480, limit: 540 }),
    ]);
  });

  it("takes the range of the plan's longest goal", () => {
    expect(findingsOf(makePlan({ distanceKm: 21.1 }), "PR-5")).toEqual([
      expect.objectContaining({ measure: "runMin", actual: 450, limit: 420 }),
      expect.objectContaining({ measure: "volumeMin", actual: 480, limit: 420 }),
    ]);
  });

  it("reads volume as every workout too: strength and mobility can carry a week over", () => {
    const plan = makePlan(); // 50K intermediate: 7–9 h
    dayAt(plan, 8, 0).workouts.push(mobility(70));
    expect(findingsOf(plan, "PR-5")).toEqual([
      expect.objectContaining({ measure: "volumeMin", path: "weeks[8]", actual: 550, limit: 540 }),
    ]);
  });

  it("reads running alone too: a week inside the range only with its strength", () => {
    const plan = makePlan();
    plan.athleteProfile.level = "advanced";
    dayAt(plan, 8, 0).workouts.push(mobility(80));
    expect(findingsOf(plan, "PR-5")).toEqual([
      expect.objectContaining({ measure: "runMin", actual: 450, limit: 540 }),
    ]);
  });
});
