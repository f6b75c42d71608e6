/**
 * A beginner's 100-miler after a block of small weeks (a random season's): its three taper
 * weeks stood at 50, 46 and 46 minutes, the last held by a 16-minute pickups session and two
 * 15-minute runs at their floors (TP-2: each taper week runs less than the one before). A
 * taper's or a cutback's session may now go down to two pickups in 14 minutes.
 */
import { describe, expect, it } from "vitest";
import { validatePlan } from "../src/validate/validate.ts";
import { raceGoal } from "./race-goal.ts";
import { planOf } from "./scenario-arbitrary.ts";

describe("the taper of a block of small weeks", () => {
  const plan = planOf({
    startDate: "2027-02-01",
    seed: 774595,
    athlete: { birthYear: 2008 },
    constraints: {
      maxRunDaysPerWeek: 6,
      restDays: ["mon", "wed", "sat"],
      longRunDay: "thu",
      maxLongRunMin: 128,
      maxWeeklyMin: 987,
      unavailable: [
        { from: "2027-08-31", to: "2027-09-08" },
        { from: "2027-04-13", to: "2027-04-21" },
      ],
      strength: true,
    },
    goals: [
      raceGoal("g1", "2027-03-03", "B", { distanceKm: 3, elevationGainM: 0 }),
      raceGoal("g2", "2027-07-24", "C", { distanceKm: 10 }),
      raceGoal("g3", "2027-10-23", "B", { distanceKm: 161, surface: "trail" }),
      raceGoal("g4", "2027-11-06", "C", { distanceKm: 42.2 }),
    ],
  });
  const taper = plan.weeks.filter((w) => w.goalId === "g3" && w.phase === "taper");

  it("falls week by week", () => {
    expect(taper).toHaveLength(3);
    const runs = taper.map((w) => w.totals.runMin);
    for (let i = 1; i < runs.length; i++) expect(runs[i]).toBeLessThan(runs[i - 1] ?? 0);
    expect(validatePlan(plan).filter((f) => f.rule === "TP-2")).toEqual([]);
  });
});
