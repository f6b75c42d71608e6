/**
 * RC-1 after a B race (or a race that recovers in days): the day after the race rests, then
 * easy running. A race on a Saturday rests its Sunday in the race week, so the recovery week
 * runs the athlete's days; a Sunday race's recovery week opens with the day off. A six-day
 * runner's Saturday B marathon took a second day off in its recovery week, and the 100-miler
 * block after it rebuilt from 305 minutes (5 h 05) where six days held 345.
 */
import { describe, expect, it } from "vitest";
import type { Plan } from "../src/schema/plan.ts";
import type { ScenarioInput } from "../src/schema/scenario.ts";
import { validatePlan } from "../src/validate/validate.ts";
import { planOf } from "./scenario-arbitrary.ts";

function season(bRaceDate: string): ScenarioInput {
  return {
    startDate: "2027-01-04",
    seed: 1,
    athlete: {
      level: "advanced",
      birthYear: 1985,
      history: {
        weeks: ["2026-12-07", "2026-12-14", "2026-12-21", "2026-12-28"].map((start) => ({
          start,
          minutes: 525,
          runs: 6,
          longestRunMin: 158,
        })),
      },
    },
    constraints: { maxRunDaysPerWeek: 6, strength: true },
    goals: [
      {
        id: "mm",
        date: bRaceDate,
        distanceKm: 42.2,
        surface: "mountain",
        elevationGainM: 2500,
        priority: "B",
      },
      {
        id: "hundred",
        date: "2027-06-20",
        distanceKm: 161,
        surface: "trail",
        elevationGainM: 4800,
        priority: "A",
      },
    ],
  };
}

const isRun = (type: string) => !["rest", "strength", "mobility", "cross"].includes(type);

function recoveryWeek(plan: Plan) {
  const week = plan.weeks.find((w) => w.phase === "recovery" && w.goalId === "mm");
  if (!week) throw new Error("no recovery week after the B race");
  return week.days.map((d) => d.workouts.some((x) => isRun(x.type)));
}

describe("a B race's recovery week and its day off", () => {
  it("runs the athlete's six days after a Saturday race: its Sunday rested", () => {
    const plan = planOf(season("2027-03-27"));
    const raceWeek = plan.weeks.find((w) => w.phase === "race" && w.goalId === "mm");
    const sunday = raceWeek?.days[6]?.workouts.filter((x) => isRun(x.type));
    expect(sunday).toEqual([]);
    expect(recoveryWeek(plan).filter(Boolean)).toHaveLength(6);
    expect(validatePlan(plan).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("rests the Monday after a Sunday race and runs five days", () => {
    const plan = planOf(season("2027-03-28"));
    const days = recoveryWeek(plan);
    expect(days[0]).toBe(false);
    expect(days.filter(Boolean)).toHaveLength(5);
    expect(validatePlan(plan).filter((f) => f.severity === "error")).toEqual([]);
  });
});
