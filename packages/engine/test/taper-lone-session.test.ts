/**
 * A 50K two weeks after the plan starts, for a runner of an hour a week: the first taper
 * week, cut under PR-3's cap to one run day, kept the long run its first estimate had placed
 * and ran one 22-minute long run, no sharp session (TP-2 keeps the intensity). A target
 * refilled without a long run now holds none.
 */
import { describe, expect, it } from "vitest";
import { historyWeeks } from "./history-weeks.ts";
import { raceGoal } from "./race-goal.ts";
import { planOf } from "./scenario-arbitrary.ts";
import { errorsOf } from "./season-errors.ts";

const plan = planOf({
  startDate: "2027-03-15",
  seed: 827110,
  athlete: {
    level: "intermediate",
    birthYear: 1960,
    history: {
      weeks: historyWeeks("2026-12-28", [113, 0, 113, 113, 0, 113, 113, 0, 113, 113, 0], 28, 0),
    },
  },
  constraints: {
    maxRunDaysPerWeek: 7,
    restDays: ["sat"],
    longRunDay: "mon",
    maxLongRunMin: 187,
    weekdayMaxMin: 138,
  },
  goals: [
    raceGoal("g1", "2027-03-29", "A", { distanceKm: 50, surface: "trail", elevationGainM: 500 }),
  ],
});

describe("a taper cut to one run day from the plan's start", () => {
  it("runs a sharp session every taper week (TP-2)", () => {
    const taper = plan.weeks.filter((w) => w.goalId === "g1" && w.phase === "taper");
    expect(taper.length).toBeGreaterThan(0);
    for (const week of taper) {
      const workouts = week.days.flatMap((d) => d.workouts);
      expect(
        workouts.some((w) => w.intensity === "hard"),
        week.startDate,
      ).toBe(true);
    }
  });

  it("breaks no rule", () => {
    expect(errorsOf(plan).map((f) => `${f.rule} week ${f.weekIndex}`)).toEqual([]);
  });
});
