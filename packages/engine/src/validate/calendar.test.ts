import { describe, expect, it } from "vitest";
import { dayAt, findingsOf, makePlan, phaseAt, weekAt } from "./fixtures.test-util.ts";

describe("FMT-1 calendar", () => {
  it("flags a day out of sequence", () => {
    const plan = makePlan();
    dayAt(plan, 2, 3).date = "2027-01-22";
    expect(findingsOf(plan, "FMT-1")).toEqual([
      expect.objectContaining({
        path: "weeks[2].days[3].date",
        actual: "2027-01-22",
        limit: "2027-01-21",
      }),
    ]);
  });

  it("flags a start that is not a Monday, a wrong week index and a wrong end date", () => {
    const plan = makePlan();
    plan.startDate = "2027-01-05";
    const paths = findingsOf(plan, "FMT-1").map((f) => f.path);
    expect(paths).toContain("startDate");
    const other = makePlan();
    weekAt(other, 4).index = 5;
    other.endDate = "2027-04-24";
    expect(findingsOf(other, "FMT-1").map((f) => f.path)).toEqual(["weeks[4].index", "endDate"]);
  });

  it("flags a week without 7 days", () => {
    const plan = makePlan();
    weekAt(plan, 1).days.pop();
    expect(findingsOf(plan, "FMT-1")).toEqual([
      expect.objectContaining({ path: "weeks[1].days", actual: 6, limit: 7 }),
    ]);
  });
});

describe("FMT-2 phase cover", () => {
  it("flags a week left out of the phases and a week claimed twice", () => {
    const plan = makePlan();
    phaseAt(plan, 0).weekIndexes = [0, 1];
    expect(findingsOf(plan, "FMT-2")).toEqual([
      expect.objectContaining({ path: "phases[1].weekIndexes", actual: 3, limit: 2 }),
    ]);
    const twice = makePlan();
    phaseAt(twice, 1).weekIndexes.unshift(2);
    expect(findingsOf(twice, "FMT-2")).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: "phases[1].weekIndexes", actual: 2, limit: 3 }),
      ]),
    );
  });

  it("flags a week whose phase differs from its phase's kind", () => {
    const plan = makePlan();
    weekAt(plan, 3).phase = "base";
    expect(findingsOf(plan, "FMT-2")).toEqual([
      expect.objectContaining({ path: "weeks[3].phase", actual: "base", limit: "build" }),
    ]);
  });
});
