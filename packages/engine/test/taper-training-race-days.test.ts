/**
 * TP-2: a taper keeps 80% of the peak weeks' run days.
 *
 * - A training race in the taper whose eve is a rest day takes no shake-out there: the day
 *   after it holds a short, very easy run instead (RC-1), so the week does not lose a run day.
 * - A training race in the taper's first week took one of the taper's four run days: its
 *   three other runs held 56 minutes, and the last taper week's four runs at their floors
 *   (59 minutes) could not fall under them. The race now runs on a day of its own.
 */
import { describe, expect, it } from "vitest";
import type { ScenarioInput } from "../src/schema/scenario.ts";
import { validatePlan } from "../src/validate/validate.ts";
import { raceGoal } from "./race-goal.ts";
import { steadyHistory } from "./realistic-season-arbitrary.ts";
import { planOf } from "./scenario-arbitrary.ts";

const scenario: ScenarioInput = {
  startDate: "2027-10-04",
  athlete: { level: "intermediate", birthYear: 1990 },
  constraints: { maxRunDaysPerWeek: 5, restDays: ["mon", "wed", "thu"] },
  goals: [
    {
      id: "tune-up",
      name: "New Year 5K",
      date: "2028-01-07",
      distanceKm: 5,
      surface: "road",
      elevationGainM: 0,
      priority: "C",
    },
    {
      id: "goal",
      name: "Winter 10K",
      date: "2028-01-15",
      distanceKm: 10,
      surface: "road",
      elevationGainM: 0,
      priority: "A",
    },
  ],
};

describe("a training race in the taper, its eve a rest day", () => {
  it("keeps the taper's run days with a recovery run the day after it", () => {
    const plan = planOf(scenario);
    expect(validatePlan(plan).filter((f) => f.rule === "TP-2")).toEqual([]);
    const dayAfter = plan.weeks.flatMap((w) => w.days).find((d) => d.date === "2028-01-08");
    const run = dayAfter?.workouts.find((w) => w.type === "recovery" || w.type === "easy");
    expect(run?.intensity).toBe("easy");
    expect(run?.durationMin).toBeLessThanOrEqual(40);
  });
});

describe("a training race in the taper's first week", () => {
  const plan = planOf({
    startDate: "2027-01-04",
    seed: 671240,
    athlete: { level: "beginner", birthYear: 1964, history: { weeks: steadyHistory(132) } },
    constraints: { maxRunDaysPerWeek: 5, restDays: [], longRunDay: "sun", strength: false },
    goals: [
      raceGoal("g1", "2027-02-18", "A", { distanceKm: 21.1, elevationGainM: 63 }),
      raceGoal("g2", "2027-03-27", "C", { distanceKm: 5, surface: "trail" }),
      raceGoal("g3", "2027-04-10", "A", { distanceKm: 21.1, elevationGainM: 63 }),
      raceGoal("g4", "2027-05-25", "A"),
    ],
  });

  it("runs on a day of its own, and the taper keeps falling (TP-2)", () => {
    const week = plan.weeks.find((w) => w.days.some((d) => d.date === "2027-03-27"));
    expect(week?.phase).toBe("taper");
    const runDays = week?.days.filter((d) =>
      d.workouts.some((w) => !["rest", "strength", "mobility", "cross"].includes(w.type)),
    );
    expect(runDays?.length).toBe(5);
    expect(validatePlan(plan).filter((f) => f.severity === "error")).toEqual([]);
  });
});
