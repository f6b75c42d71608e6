import { describe, expect, it } from "vitest";
import { findingsOf, makePlan, weekAt, workoutAt } from "./fixtures.test-util.ts";

/** Sets a week's training vert by changing its long run's climbing. */
function setWeekVert(plan: ReturnType<typeof makePlan>, week: number, vertM: number): void {
  const long = workoutAt(plan, week, 5);
  long.vertM += vertM - weekAt(plan, week).totals.vertM;
}

describe("SP-1 weekly vert", () => {
  it("flags a specific week climbing more than 120% of the race's density", () => {
    const plan = makePlan();
    setWeekVert(plan, 8, 3500); // 56.25 km × 48 m/km × 1.2 = 3240 m
    expect(findingsOf(plan, "SP-1", "vertHigh")).toEqual([
      expect.objectContaining({ path: "weeks[8]", actual: 3500, limit: expect.closeTo(3240, 0) }),
    ]);
  });

  it("holds base weeks to half the race's density", () => {
    const plan = makePlan();
    setWeekVert(plan, 1, 1100); // 41.25 km × 48 × 0.5 = 990 m
    expect(findingsOf(plan, "SP-1", "vertHigh")).toEqual([
      expect.objectContaining({ path: "weeks[1]", limit: 990 }),
    ]);
  });

  it("flags a specific week climbing less than 80% of the race's density", () => {
    const plan = makePlan();
    setWeekVert(plan, 8, 1700); // at least 0.8 × 2700 = 2160 m
    expect(findingsOf(plan, "SP-1", "vertLow")).toEqual([
      expect.objectContaining({ path: "weeks[8]", limit: 2160 }),
    ]);
  });

  it("lets a week still climbing at the 25% cap sit below the band", () => {
    const plan = makePlan();
    setWeekVert(plan, 5, 1450);
    setWeekVert(plan, 6, 1800); // under 0.8 × 2400 m, but 24% up on the week before
    expect(findingsOf(plan, "SP-1").filter((f) => f.weekIndex === 6)).toEqual([]);
    setWeekVert(plan, 6, 1700); // up only 17%: no longer excused
    expect(findingsOf(plan, "SP-1", "vertLow")).toEqual([
      expect.objectContaining({ path: "weeks[6]" }),
    ]);
  });

  it("flags a week climbing more than 25% over the week before", () => {
    const plan = makePlan();
    setWeekVert(plan, 3, 1100); // week 3: 790 m
    expect(findingsOf(plan, "SP-1", "vertRise")).toEqual([
      expect.objectContaining({ path: "weeks[3]", actual: 1100, limit: 987.5 }),
    ]);
  });

  it("reads the rise between plan weeks: the history's climbing does not cap the first week", () => {
    const plan = makePlan();
    const last = plan.scenario.athlete.history?.weeks?.at(-1);
    if (!last) throw new Error("the fixture has history");
    last.vertM = 10;
    expect(findingsOf(plan, "SP-1", "vertRise")).toEqual([]);
  });

  it("flags an ultra whose biggest vert week misses 60–100% of the race's gain", () => {
    const plan = makePlan();
    setWeekVert(plan, 11, 2600);
    expect(findingsOf(plan, "SP-1", "peakVert")).toEqual([
      expect.objectContaining({ path: "weeks[11]", actual: 2600, limit: 2400 }),
    ]);
  });

  it("leaves flat races alone", () => {
    const plan = makePlan({ elevationGainM: 0 });
    expect(findingsOf(plan, "SP-1")).toEqual([]);
  });
});
