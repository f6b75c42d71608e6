/**
 * A week away right after a 100-miler: its recovery's first week ran nothing, and every later
 * recovery week ramped from that nothing (0, 0, 0), then the rebuild from one 16-minute
 * session. PR-2 reads a week after days away against the last full week before them; the
 * recovery now ramps back from there too.
 */
import { describe, expect, it } from "vitest";
import { historyWeeks } from "./history-weeks.ts";
import { raceGoal } from "./race-goal.ts";
import { planOf } from "./scenario-arbitrary.ts";
import { errorsOf } from "./season-errors.ts";
import { trainingRunMin } from "./week-minutes.ts";

const plan = planOf({
  startDate: "2027-03-08",
  seed: 835201,
  athlete: {
    level: "intermediate",
    birthYear: 2005,
    history: { weeks: historyWeeks("2027-01-25", [263, 0, 263, 263, 0, 263], 66, 0) },
  },
  constraints: {
    restDays: ["mon"],
    longRunDay: "sat",
    maxLongRunMin: 239,
    maxWeeklyMin: 710,
    weekdayMaxMin: 45,
    unavailable: [{ from: "2027-08-17", to: "2027-08-23" }],
    strength: false,
  },
  goals: [
    raceGoal("g1", "2027-04-20", "A", { distanceKm: 42.2, surface: "trail", elevationGainM: 422 }),
    raceGoal("g2", "2027-08-11", "A", { distanceKm: 161, elevationGainM: 483 }),
    raceGoal("g3", "2028-01-23", "C", { surface: "mountain", elevationGainM: 600 }),
  ],
});

describe("a week away right after an ultra", () => {
  const recovery = plan.weeks.filter((w) => w.goalId === "g2" && w.phase === "recovery");

  it("runs the recovery's later weeks again", () => {
    const minutes = recovery.map(trainingRunMin);
    expect(minutes.length).toBeGreaterThan(2);
    expect(minutes[0]).toBe(0);
    for (const m of minutes.slice(1)) expect(m).toBeGreaterThan(0);
  });

  it("breaks no rule of the weeks after it", () => {
    const after = plan.weeks.findIndex((w) => w.goalId === "g2" && w.phase === "recovery");
    expect(errorsOf(plan).filter((f) => (f.weekIndex ?? 0) >= after)).toEqual([]);
  });
});
