import { describe, expect, it } from "vitest";
import { dayAt, findingsOf, makePlan, resize, workoutAt } from "./fixtures.test-util.ts";

describe("TP-3 race eve", () => {
  it("flags a shake-out longer than 30 min or not easy", () => {
    const plan = makePlan();
    resize(workoutAt(plan, 14, 4), 40);
    workoutAt(plan, 14, 4).intensity = "moderate";
    expect(findingsOf(plan, "TP-3").map((f) => f.measure)).toEqual([
      "shakeOutIntensity",
      "shakeOutMin",
    ]);
  });

  it("flags two runs the day before the race", () => {
    const plan = makePlan();
    dayAt(plan, 14, 4).workouts.push({ ...workoutAt(plan, 14, 4) });
    expect(findingsOf(plan, "TP-3")).toEqual([
      expect.objectContaining({ measure: "runCount", actual: 2 }),
    ]);
  });

  it("reads another race on the eve as the runner's calendar: an error until a warning tells them", () => {
    const plan = makePlan();
    dayAt(plan, 14, 4).workouts = [{ ...workoutAt(plan, 14, 5), distanceKm: 10, durationMin: 50 }];
    expect(findingsOf(plan, "TP-3")).toEqual([
      expect.objectContaining({ measure: "raceOnEve", severity: "error" }),
    ]);
    plan.warnings.push({
      id: "w-races-back-to-back",
      code: "RACES_BACK_TO_BACK",
      rule: "TP-3",
      severity: "warn",
      message: "Two races on consecutive days.",
    });
    expect(findingsOf(plan, "TP-3")).toEqual([
      expect.objectContaining({ measure: "raceOnEve", severity: "info" }),
    ]);
  });

  it("accepts a rest day", () => {
    const plan = makePlan();
    dayAt(plan, 14, 4).workouts = [workoutAt(plan, 14, 0)];
    expect(findingsOf(plan, "TP-3")).toEqual([]);
  });
});

describe("RC-1 recovery after the race", () => {
  it("flags a hard session within the distance's recovery days", () => {
    const plan = makePlan();
    workoutAt(plan, 15, 5).intensity = "hard"; // 7 days after a 50K: none for 14
    expect(findingsOf(plan, "RC-1")).toEqual([
      expect.objectContaining({ path: "weeks[15].days[5].workouts[0]", actual: 7, limit: 14 }),
    ]);
  });

  it("is shorter after a short race", () => {
    const plan = makePlan({ distanceKm: 10 });
    workoutAt(plan, 15, 5).intensity = "hard";
    expect(findingsOf(plan, "RC-1")).toEqual([]);
  });
});
