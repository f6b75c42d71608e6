/**
 * A beginner of three run days with a B 10K on the Thursday a week before an A half (a race
 * inside the half's taper, run as a training race). The taper week's only other run was its
 * long run: LR-3 reads the week's running with the race aside, so a long run beside nothing
 * but the race can hold no share of it, and it was dropped. The week ran one day, the race,
 * under TP-2's 80% of the peak weeks' run days. The day now holds an easy run.
 */
import { describe, expect, it } from "vitest";
import { raceGoal } from "./race-goal.ts";
import { planOf } from "./scenario-arbitrary.ts";
import { errorsOf } from "./season-errors.ts";
import { trainingRunMin } from "./week-minutes.ts";

const plan = planOf({
  startDate: "2027-01-04",
  seed: 143052,
  athlete: { level: "beginner", birthYear: 1991 },
  constraints: {
    maxRunDaysPerWeek: 3,
    restDays: ["mon"],
    longRunDay: "fri",
    weekdayMaxMin: 146,
    strength: false,
  },
  goals: [
    raceGoal("g1", "2027-03-10", "A", { distanceKm: 21.1, elevationGainM: 63 }),
    raceGoal("g2", "2027-07-15", "B", { surface: "trail" }),
    raceGoal("g3", "2027-07-22", "A", { distanceKm: 21.1, elevationGainM: 63 }),
    raceGoal("g4", "2027-08-05", "B", { distanceKm: 5, surface: "trail" }),
  ],
});

describe("a training race in the taper's last week, the week's only other run its long run", () => {
  const week = plan.weeks.find((w) => w.days.some((d) => d.date === "2027-07-15"));

  it("runs that day as an easy run beside the race", () => {
    expect(week?.phase).toBe("taper");
    if (!week) return;
    const runs = week.days.flatMap((d) => d.workouts).filter((w) => w.type === "easy");
    expect(runs.length).toBeGreaterThan(0);
    expect(trainingRunMin(week)).toBeGreaterThan(0);
  });

  it("leaves a plan with no error (TP-2 keeps the taper's run days)", () => {
    expect(errorsOf(plan)).toEqual([]);
  });
});
