import { describe, expect, it } from "vitest";
import { dayAt, findingsOf, makePlan, resize, workoutAt } from "./fixtures.test-util.ts";

const road = { distanceKm: 42.2, surface: "road", elevationGainM: 0 } as const;

describe("LR-1 long-run step", () => {
  it("flags a long run more than 30 min longer than last week's for an ultra", () => {
    const plan = makePlan();
    resize(workoutAt(plan, 4, 5), 165); // 130 → 165
    expect(findingsOf(plan, "LR-1", "step")).toEqual([
      expect.objectContaining({
        path: "weeks[4].days[5].workouts[0]",
        actual: 165,
        limit: 160,
        refWeekIndex: 3,
      }),
    ]);
  });

  it("caps a road goal's step at 15%", () => {
    const plan = makePlan(road);
    const inWeek4 = () => findingsOf(plan, "LR-1", "step").filter((f) => f.weekIndex === 4);
    resize(workoutAt(plan, 4, 5), 155); // 130 → 155: +19%, though under 30 min
    expect(inWeek4()).toEqual([expect.objectContaining({ limit: 149.5 })]);
    resize(workoutAt(plan, 4, 5), 149);
    expect(inWeek4()).toEqual([]);
  });

  it("steps by 15% on a trail when the goal is shorter than an ultra", () => {
    const plan = makePlan({ distanceKm: 21.1 });
    resize(workoutAt(plan, 4, 5), 155);
    const inWeek4 = findingsOf(plan, "LR-1", "step").filter((f) => f.weekIndex === 4);
    expect(inWeek4).toEqual([expect.objectContaining({ limit: 149.5 })]);
  });
});

describe("LR-1 longest run of the previous 30 days", () => {
  it("flags a run more than 20% over the longest of the 30 days before, history included", () => {
    const plan = makePlan();
    resize(workoutAt(plan, 0, 5), 115); // history's longest: 90 min
    expect(findingsOf(plan, "LR-1", "recent")).toEqual([
      expect.objectContaining({
        path: "weeks[0].days[5].workouts[0]",
        actual: 115,
        limit: 108,
        date: "2027-01-09",
      }),
    ]);
  });

  it("checks every training run, not only long runs", () => {
    const plan = makePlan();
    resize(workoutAt(plan, 1, 6), 150); // Sunday easy run after a 120-min long run
    expect(findingsOf(plan, "LR-1", "recent")).toEqual([
      expect.objectContaining({ path: "weeks[1].days[6].workouts[0]", limit: 144 }),
    ]);
  });

  it("counts the race among the runs it remembers, and never checks the race itself", () => {
    const plan = makePlan();
    resize(workoutAt(plan, 15, 5), 400); // far beyond any training run, but 2 days after a 420-min race
    expect(findingsOf(plan, "LR-1", "recent")).toEqual([]);
  });

  it("skips a run when nothing is known of the 30 days before it", () => {
    const plan = makePlan();
    delete plan.scenario.athlete.history;
    expect(findingsOf(plan, "LR-1", "recent").map((f) => f.path)).not.toContain(
      "weeks[0].days[1].workouts[0]",
    );
  });
});

describe("LR-2 long-run cap", () => {
  it("flags a long run above the cap of the distance and level", () => {
    const plan = makePlan();
    resize(workoutAt(plan, 11, 5), 215); // 50K intermediate: 210
    expect(findingsOf(plan, "LR-2")).toEqual([
      expect.objectContaining({
        path: "weeks[11].days[5].workouts[0]",
        measure: "long",
        actual: 215,
        limit: 210,
      }),
    ]);
  });

  it("holds to the athlete's own cap, medium-long runs included", () => {
    const plan = makePlan();
    plan.scenario.constraints.maxLongRunMin = 90;
    const flagged = findingsOf(plan, "LR-2");
    expect(flagged.every((f) => f.limit === 90)).toBe(true);
    expect(flagged.map((f) => f.measure)).toContain("medium-long");
    expect(flagged.map((f) => f.path)).toContain("weeks[10].days[6].workouts[0]");
  });
});

describe("LR-3 long-run share", () => {
  it("flags a long run above its share of the week's training time", () => {
    const plan = makePlan();
    for (const d of [1, 3, 6]) resize(workoutAt(plan, 3, d), 20); // 130 of 265 min: 49%
    expect(findingsOf(plan, "LR-3", "longShare")).toEqual([
      expect.objectContaining({
        path: "weeks[3].days[5].workouts[0]",
        limit: 0.45,
        actual: expect.closeTo(0.49, 2),
      }),
    ]);
  });

  it("allows 1.5 ÷ run days when the athlete runs few days", () => {
    const plan = makePlan();
    resize(workoutAt(plan, 3, 5), 125);
    dayAt(plan, 3, 1).workouts = [workoutAt(plan, 3, 0)]; // rest Tuesday and Thursday: 3 run days, up to 50%
    dayAt(plan, 3, 3).workouts = [workoutAt(plan, 3, 0)];
    expect(findingsOf(plan, "LR-3")).toEqual([]);
    resize(workoutAt(plan, 3, 5), 135);
    expect(findingsOf(plan, "LR-3")).toEqual([expect.objectContaining({ limit: 0.5 })]);
  });

  it("flags a back-to-back above 65% of the week", () => {
    const plan = makePlan();
    for (const d of [1, 3]) resize(workoutAt(plan, 7, d), 20); // 160 + 85 of 360 min: 68%
    expect(findingsOf(plan, "LR-3")).toEqual([
      expect.objectContaining({
        path: "weeks[7].days[6].workouts[0]",
        measure: "backToBackShare",
        limit: 0.65,
      }),
    ]);
  });
});
