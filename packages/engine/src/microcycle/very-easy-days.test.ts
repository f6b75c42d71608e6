import { describe, expect, it } from "vitest";
import { epochDayOf } from "../dates.ts";
import type { WeekTarget } from "../targets/week-target.ts";
import { type CarryOver, emptyCarryOver } from "./layout.ts";
import { recoveryRunDaysOf } from "./very-easy-days.ts";

const monday = "2027-05-17";
const start = epochDayOf(monday);

const weekOf = (frame: Partial<WeekTarget["frame"]>): WeekTarget =>
  ({
    frame: { phase: "build", startDate: monday, trainingRaces: [], ...frame },
  }) as unknown as WeekTarget;

const carried = (recoveryRunsThrough: number): CarryOver => ({
  ...emptyCarryOver,
  recoveryRunsThrough,
});

describe("recoveryRunDaysOf", () => {
  it("makes a race's own week's days after it recovery-run days", () => {
    // A Saturday 100K: its Sunday is the first of its 11 days (RC-1's 21, halved).
    const raceWeek = weekOf({
      phase: "race",
      raceDay: 5,
      focus: { category: "100k" },
    } as unknown as Partial<WeekTarget["frame"]>);
    expect([...recoveryRunDaysOf(raceWeek, start, emptyCarryOver)]).toEqual([6]);
  });

  it("carries them into the weeks after, whatever their phase", () => {
    // 11 days after a Saturday 100K two weeks back reach this week's Wednesday.
    const race = start - 9;
    expect([...recoveryRunDaysOf(weekOf({}), start, carried(race + 11))]).toEqual([0, 1, 2]);
    expect([...recoveryRunDaysOf(weekOf({}), start, carried(start - 1))]).toEqual([]);
  });

  it("takes a training race's two very easy days, not half its window", () => {
    const week = weekOf({
      trainingRaces: [{ day: 2, goal: { category: "50k" } }],
    } as unknown as Partial<WeekTarget["frame"]>);
    expect([...recoveryRunDaysOf(week, start, emptyCarryOver)]).toEqual([3, 4]);
  });
});
