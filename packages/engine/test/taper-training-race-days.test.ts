/**
 * TP-2: a taper keeps 80% of the peak weeks' run days.
 *
 * - A training race in the taper whose eve is a rest day takes no shake-out there: the day
 *   after it holds a short, very easy run instead (RC-1), so the week does not lose a run day.
 * - A training race in the taper's first week took one of the taper's four run days: its
 *   three other runs held 56 minutes, and the last taper week's four runs at their floors
 *   (59 minutes) could not fall under them. The race now runs on a day of its own.
 * - A training race whose eve took the shake-out, the week still a run short of its days: the
 *   day after the race takes the very easy run as well.
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

  const runDaysOf = (week: (typeof plan.weeks)[number] | undefined) =>
    week?.days.filter((d) =>
      d.workouts.some((w) => !["rest", "strength", "mobility", "cross"].includes(w.type)),
    ).length ?? 0;

  it("runs on a day of its own, and the taper keeps falling (TP-2)", () => {
    const week = plan.weeks.find((w) => w.days.some((d) => d.date === "2027-03-27"));
    expect(week?.phase).toBe("taper");
    const raceDay = week?.days.find((d) => d.date === "2027-03-27");
    expect(raceDay?.workouts.map((w) => w.type)).toEqual(["race"]);
    // TP-2: 80% of the run days of the block's biggest weeks, the race's day one of them.
    const loading = plan.weeks.filter(
      (w) => w.goalId === "g3" && ["build", "specific"].includes(w.phase) && w.kind === "build",
    );
    const most = Math.max(...loading.map(runDaysOf));
    expect(runDaysOf(week)).toBeGreaterThanOrEqual(Math.ceil(0.8 * most));
    expect(validatePlan(plan).filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("a training race in the taper, its eve a shake-out, the week still a run short", () => {
  // Run days Mon, Thu, Fri and Sat; a 170K training race on Friday nine days before the A
  // 100K. The peak weeks ran four days: Monday's run, Thursday's shake-out and the race made
  // three.
  const plan = planOf({
    startDate: "2027-06-21",
    seed: 999993,
    athlete: { level: "intermediate", birthYear: 2008 },
    constraints: {
      maxRunDaysPerWeek: 5,
      restDays: ["tue", "wed", "sun"],
      maxLongRunMin: 217,
      maxWeeklyMin: 586,
      weekdayMaxMin: 48,
      strength: true,
    },
    goals: [
      raceGoal("g1", "2027-12-31", "C", {
        distanceKm: 170,
        surface: "trail",
        elevationGainM: 1700,
      }),
      raceGoal("g2", "2028-01-09", "A", { distanceKm: 100, elevationGainM: 300 }),
    ],
  });

  it("takes a very easy run the day after the race as well (TP-2, RC-1)", () => {
    expect(validatePlan(plan).filter((f) => f.rule === "TP-2")).toEqual([]);
    const day = (date: string) => plan.weeks.flatMap((w) => w.days).find((d) => d.date === date);
    expect(day("2027-12-30")?.workouts.map((w) => w.title)).toEqual(["Shake-out 15 min"]);
    const after = day("2028-01-01")?.workouts.find((w) => w.type === "recovery");
    expect(after?.durationMin).toBeLessThanOrEqual(40);
  });
});
