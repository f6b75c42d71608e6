import { describe, expect, it } from "vitest";
import type { WeekFrame } from "../macro/macro.ts";
import { testGoal } from "../season/goal.test-util.ts";
import { weekRunDays } from "./week-days.ts";

const goal = testGoal({ date: "2027-06-26" });
const frame = (phase: WeekFrame["phase"], trainingRaces = 0): WeekFrame => ({
  index: 3,
  startDate: "2027-01-25",
  phase,
  kind: trainingRaces > 0 ? "race" : phase === "taper" ? "taper" : "build",
  goalId: goal.id,
  weekInPhase: 0,
  phaseLength: 2,
  focus: goal,
  endurance: goal,
  terrain: goal,
  trainingRaces: Array.from({ length: trainingRaces }, (_, i) => ({ goal, day: 5 - i })),
});

describe("weekRunDays", () => {
  it("runs a loading week on a day per 22 minutes, two at least, within the athlete's days", () => {
    expect(weekRunDays(frame("build"), 30, 5, 4)).toBe(2);
    expect(weekRunDays(frame("build"), 100, 5, 4)).toBe(4);
    expect(weekRunDays(frame("build"), 300, 5, 4)).toBe(5);
  });

  it("gives a week's training race a day of its own", () => {
    expect(weekRunDays(frame("build", 1), 100, 6, 4)).toBe(5);
  });

  it("keeps 80% of the peak weeks' days in a taper (TP-2), one more beside a training race", () => {
    expect(weekRunDays(frame("taper"), 30, 5, 5)).toBe(4);
    expect(weekRunDays(frame("taper", 1), 30, 5, 5)).toBe(5);
  });

  it("lets a taper falling from weeks of one session run one", () => {
    expect(weekRunDays(frame("taper"), 20, 5, 1)).toBe(1);
  });
});
