import { describe, expect, it } from "vitest";
import { dayAt, findingsOf, goalOf, makePlan, resize, workoutAt } from "./fixtures.test-util.ts";

describe("TP-1 taper length", () => {
  it("flags a taper shorter than the distance needs", () => {
    expect(findingsOf(makePlan({ distanceKm: 160 }), "TP-1")).toEqual([
      expect.objectContaining({ path: "goals[0]", actual: 2, limit: 3, date: "2027-04-17" }),
    ]);
  });

  it("reads only goals the plan peaks for", () => {
    const plan = makePlan({ distanceKm: 160 });
    goalOf(plan).mode = "b-race";
    expect(findingsOf(plan, "TP-1")).toEqual([]);
  });
});

describe("TP-2 taper shape", () => {
  it("flags a taper week running more than the one before", () => {
    const plan = makePlan();
    resize(workoutAt(plan, 13, 1), workoutAt(plan, 13, 1).durationMin + 100); // 280 → 380 after 360
    expect(findingsOf(plan, "TP-2")).toEqual([
      expect.objectContaining({
        path: "weeks[13]",
        measure: "taperRise",
        actual: 380,
        limit: 360,
        refWeekIndex: 12,
      }),
    ]);
  });

  it("flags a race week outside 40–60% of the peak week", () => {
    // The seven days before Saturday's race: last Saturday's 100-min long run, Sunday's easy
    // run and this week's 120 min, of a 450-min peak.
    const heavy = makePlan();
    resize(workoutAt(heavy, 14, 1), 110); // +80 min
    expect(findingsOf(heavy, "TP-2", "raceWeekVolume")).toEqual([
      expect.objectContaining({ path: "weeks[14]", limit: 0.6 }),
    ]);
    const light = makePlan();
    resize(workoutAt(light, 13, 5), 20); // last Saturday's long run cut to 20 min
    resize(workoutAt(light, 14, 3), 5);
    expect(findingsOf(light, "TP-2", "raceWeekVolume")).toEqual([
      expect.objectContaining({ limit: 0.4 }),
    ]);
  });

  it("flags taper and race weeks running on fewer than 80% of the peak weeks' days", () => {
    const plan = makePlan();
    dayAt(plan, 12, 1).workouts = [workoutAt(plan, 12, 0)];
    dayAt(plan, 12, 3).workouts = [workoutAt(plan, 12, 0)];
    expect(findingsOf(plan, "TP-2", "frequency")).toEqual([
      expect.objectContaining({ path: "weeks[12]", actual: 3, limit: 4 }),
    ]);
  });

  it("reads the peak weeks as the peak phase's: a base week on more days sets no floor", () => {
    const plan = makePlan();
    const run = plan.weeks[1]?.days.flatMap((d) => d.workouts).find((w) => w.type === "easy");
    if (!run) throw new Error("the fixture's week 2 has an easy run");
    for (let d = 0; d < 7; d++) dayAt(plan, 1, d).workouts = [{ ...run, id: `extra-${d}` }];
    expect(plan.weeks[1]?.phase).toBe("base");
    expect(findingsOf(plan, "TP-2", "frequency")).toEqual([]);
  });

  it("counts the race day as a run day", () => {
    const plan = makePlan();
    dayAt(plan, 14, 1).workouts = [workoutAt(plan, 14, 0)]; // Wed, Thu, Fri and the race: 4 days
    expect(findingsOf(plan, "TP-2", "frequency")).toEqual([]);
  });

  it("flags a taper week without a hard or moderate run", () => {
    const plan = makePlan();
    workoutAt(plan, 12, 2).intensity = "easy";
    expect(findingsOf(plan, "TP-2", "intensity")).toEqual([
      expect.objectContaining({ path: "weeks[12]" }),
    ]);
  });

  it("reads a taper week holding another race as keeping its intensity in that race", () => {
    const plan = makePlan();
    workoutAt(plan, 12, 2).intensity = "easy";
    const race = plan.weeks[14]?.days.flatMap((d) => d.workouts).find((w) => w.type === "race");
    if (!race) throw new Error("the fixture's week 15 holds the race");
    dayAt(plan, 12, 5).workouts = [{ ...race, id: "training-race" }];
    expect(findingsOf(plan, "TP-2", "intensity")).toEqual([]);
  });
});
