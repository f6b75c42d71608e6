import { describe, expect, it } from "vitest";
import { dayAt, findingsOf, makePlan, workoutAt } from "./fixtures.test-util.ts";

const cross = (durationMin: number) => ({
  ...workoutAt(makePlan(), 0, 0),
  type: "cross" as const,
  durationMin,
});

describe("LD-1 race-day form (warn)", () => {
  it("flags an A race met tired, with fitness still rising in the last week", () => {
    const plan = makePlan();
    for (const d of [0, 1, 2, 3]) dayAt(plan, 14, d).workouts.push(cross(180));
    const found = findingsOf(plan, "LD-1");
    expect(found).toEqual([
      expect.objectContaining({
        severity: "warn",
        path: "weeks[14].days[5]",
        measure: "raceForm",
        limit: 5,
      }),
      expect.objectContaining({ measure: "fitnessPeak", limit: 7 }),
    ]);
    expect(found[1]?.actual).toBeLessThan(7);
  });

  it("holds a B race to −10…+10 and leaves a C race alone", () => {
    const b = makePlan({ priority: "B" });
    for (const d of [0, 1, 2, 3]) dayAt(b, 14, d).workouts.push(cross(180));
    expect(findingsOf(b, "LD-1")).toEqual([
      expect.objectContaining({ measure: "raceForm", limit: -10 }),
    ]);
    const c = makePlan({ priority: "C" });
    for (const d of [0, 1, 2, 3]) dayAt(c, 14, d).workouts.push(cross(180));
    expect(findingsOf(c, "LD-1")).toEqual([]);
  });
});

describe("LD-1 fitness peak (warn)", () => {
  it("finds the fixture's fitness peaking 1–3 weeks before its race", () => {
    expect(findingsOf(makePlan(), "LD-1")).toEqual([]);
  });

  it("flags fitness that tops out in a base bigger than the build, months before the race", () => {
    const plan = makePlan();
    for (const w of [0, 1]) for (const d of [1, 3, 5]) dayAt(plan, w, d).workouts.push(cross(300));
    const [found, ...more] = findingsOf(plan, "LD-1");
    expect(more).toEqual([]);
    expect(found).toEqual(
      expect.objectContaining({ measure: "fitnessPeak", limit: 21, date: "2027-04-17" }),
    );
    expect(found?.actual).toBeGreaterThan(80);
  });
});

describe("LD-2 fatigue (warn)", () => {
  it("flags form falling below −30 from training", () => {
    const plan = makePlan();
    dayAt(plan, 4, 0).workouts.push(cross(600));
    expect(findingsOf(plan, "LD-2", "formFloor")).toEqual([
      expect.objectContaining({ severity: "warn", path: "weeks[4].days[1]", limit: -30 }),
    ]);
  });

  it("flags form below −20 on more than one day in 10 from training", () => {
    const plan = makePlan();
    dayAt(plan, 4, 0).workouts.push(cross(240));
    dayAt(plan, 4, 3).workouts.push(cross(240));
    expect(findingsOf(plan, "LD-2", "formLow")).toEqual([
      expect.objectContaining({ weekIndex: 4, actual: 2, limit: 1 }),
    ]);
  });

  it("reads the days after a race too, and says the race's own load sank form", () => {
    // Form after the 50K on Saturday of weeks[14] falls to about −40.
    expect(findingsOf(makePlan(), "LD-2")).toEqual([
      expect.objectContaining({
        measure: "formFloorAfterRace",
        path: "weeks[14].days[6]",
        limit: -30,
      }),
      expect.objectContaining({ measure: "formLowAfterRace", path: "weeks[15].days[0]" }),
    ]);
  });

  it("calls a dip training's when training alone would make it, even days after a race", () => {
    const plan = makePlan();
    dayAt(plan, 15, 2).workouts.push(cross(600));
    const found = findingsOf(plan, "LD-2").map((f) => [f.measure, f.path]);
    expect(found).toContainEqual(["formFloorAfterRace", "weeks[14].days[6]"]);
    expect(found).toContainEqual(["formFloor", "weeks[15].days[3]"]);
  });
});
