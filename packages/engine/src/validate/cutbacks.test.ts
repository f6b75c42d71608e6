import { describe, expect, it } from "vitest";
import { findingsOf, makePlan, resize, retotal, weekAt, workoutAt } from "./fixtures.test-util.ts";

describe("PR-1 cutbacks", () => {
  it("flags more than cutbackEvery − 1 weeks in a row without a cutback", () => {
    const plan = makePlan();
    // The cutback becomes a full base week: its label and its minutes.
    const full = weekAt(plan, 1);
    const week = weekAt(plan, 2);
    week.kind = "base";
    week.days.forEach((day, d) => {
      day.workouts = day.workouts.map((w, i) => {
        const twin = full.days[d]?.workouts[i];
        return twin && twin.type === w.type ? resize(w, twin.durationMin) : w;
      });
    });
    retotal(plan);
    expect(findingsOf(plan, "PR-1", "streak")).toEqual([
      expect.objectContaining({ path: "weeks[3]", actual: 4, limit: 3 }),
    ]);
  });

  it("counts a week that fell by a cutback's drop as the lighter week (training missed)", () => {
    const plan = makePlan();
    weekAt(plan, 2).kind = "base";
    expect(findingsOf(plan, "PR-1", "streak")).toEqual([]);
  });

  it("reads the rhythm from the athlete: a 2:1 athlete cuts back after 2 weeks", () => {
    const plan = makePlan();
    plan.athleteProfile.cutbackEvery = 3;
    expect(findingsOf(plan, "PR-1", "streak").map((f) => f.weekIndex)).toEqual([8]);
  });

  it("ends the rhythm at the taper", () => {
    const plan = makePlan();
    plan.athleteProfile.cutbackEvery = 2; // would flag every second loading week…
    const flagged = findingsOf(plan, "PR-1", "streak").map((f) => f.weekIndex ?? -1);
    expect(Math.max(...flagged)).toBeLessThan(12); // …but no taper week
  });

  it("flags a cutback that drops too much or too little", () => {
    const deep = makePlan();
    resize(workoutAt(deep, 1, 1), 110); // week 2 now 390 min: week 3's 250 is −36%
    expect(findingsOf(deep, "PR-1", "cutbackDrop")).toEqual([
      expect.objectContaining({ path: "weeks[2]", limit: 0.35, actual: expect.closeTo(0.359, 3) }),
    ]);
    const shallow = makePlan();
    resize(workoutAt(shallow, 2, 1), 90); // 310 of 330: −6%
    expect(findingsOf(shallow, "PR-1", "cutbackDrop")).toEqual([
      expect.objectContaining({ limit: 0.2 }),
    ]);
  });

  it("reads a drop of exactly 20% as a cutback, though 1 − 264/330 is 0.1999… in floating point", () => {
    const plan = makePlan();
    const before = workoutAt(plan, 2, 1).durationMin;
    resize(workoutAt(plan, 2, 1), before + 14); // 264 of 330
    expect(findingsOf(plan, "PR-1", "cutbackDrop")).toEqual([]);
    resize(workoutAt(plan, 2, 1), before + 15); // 265 of 330: −19.7%
    expect(findingsOf(plan, "PR-1", "cutbackDrop")).toEqual([
      expect.objectContaining({ limit: 0.2 }),
    ]);
  });

  it("flags a cutback whose long run is not shorter", () => {
    const plan = makePlan();
    resize(workoutAt(plan, 5, 5), 150);
    expect(findingsOf(plan, "PR-1", "cutbackLongRun")).toEqual([
      expect.objectContaining({ path: "weeks[5].days[5].workouts[0]", actual: 150, limit: 150 }),
    ]);
  });
});
