import { describe, expect, it } from "vitest";
import { dayAt, findingsOf, makePlan, resize, workoutAt } from "./fixtures.test-util.ts";

describe("LR-4 back-to-backs (ultras)", () => {
  it("flags a medium-long outside 50–75% of the long run", () => {
    const long = makePlan();
    resize(workoutAt(long, 7, 6), 130); // 130 of 160: 81%
    expect(findingsOf(long, "LR-4")).toEqual([
      expect.objectContaining({
        path: "weeks[7].days[6].workouts[0]",
        measure: "mediumLongRatio",
        limit: 0.75,
      }),
    ]);
    const short = makePlan();
    resize(workoutAt(short, 7, 6), 70);
    expect(findingsOf(short, "LR-4")).toEqual([
      expect.objectContaining({ measure: "mediumLongRatio", limit: 0.5 }),
    ]);
  });

  it("pairs no medium-long the day before the long run: LR-4's second day is the day after", () => {
    const plan = makePlan();
    dayAt(plan, 7, 4).workouts = [workoutAt(plan, 7, 6)]; // medium-long on Friday
    dayAt(plan, 7, 6).workouts = [workoutAt(plan, 6, 6)];
    resize(workoutAt(plan, 7, 4), 130);
    expect(findingsOf(plan, "LR-4", "mediumLongRatio")).toEqual([]);
  });

  it("flags a back-to-back in a cutback week", () => {
    const plan = makePlan();
    dayAt(plan, 9, 6).workouts = [{ ...workoutAt(plan, 10, 6) }];
    resize(workoutAt(plan, 9, 6), 80);
    expect(findingsOf(plan, "LR-4")).toEqual([
      expect.objectContaining({
        path: "weeks[9].days[6].workouts[0]",
        measure: "restingWeek",
        actual: "cutback",
      }),
    ]);
  });

  it("flags three specific or peak weeks in a row without a back-to-back", () => {
    const plan = makePlan();
    workoutAt(plan, 10, 6).type = "easy"; // weeks 9, 10, 11 (and 12) lose their back-to-back
    expect(findingsOf(plan, "LR-4")).toEqual([
      expect.objectContaining({ path: "weeks[10]", measure: "gap", actual: 3, limit: 2 }),
    ]);
  });

  it("leaves shorter goals free", () => {
    const plan = makePlan({ distanceKm: 42.2 });
    workoutAt(plan, 10, 6).type = "easy";
    expect(findingsOf(plan, "LR-4")).toEqual([]);
  });
});

describe("LR-5 recovery after a long run", () => {
  it("flags a hard session within 2 days of a back-to-back", () => {
    const plan = makePlan();
    workoutAt(plan, 8, 1).intensity = "hard"; // Tuesday after the week-8 back-to-back
    expect(findingsOf(plan, "LR-5")).toEqual([
      expect.objectContaining({
        path: "weeks[8].days[1].workouts[0]",
        actual: 2,
        limit: 2,
        date: "2027-03-02",
      }),
    ]);
  });

  it("flags a hard session the day after a long run of 3 h or more, not after a shorter one", () => {
    const plan = makePlan();
    workoutAt(plan, 11, 6).intensity = "hard"; // Sunday after 195 min
    workoutAt(plan, 8, 6).intensity = "hard"; // Sunday after 170 min
    expect(findingsOf(plan, "LR-5")).toEqual([
      expect.objectContaining({ path: "weeks[11].days[6].workouts[0]", actual: 1 }),
    ]);
  });
});
