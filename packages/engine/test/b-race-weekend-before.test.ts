/**
 * An advanced runner whose weekdays are capped at an hour, with a road 50K as a B race on a
 * Friday. The week before it is a cutback; its weekend was closed to the long run as if the
 * race were peaked (TP-2's seven days), so the long run fell on a capped weekday and the easy
 * runs under it: 340 minutes after 540, 37% down, past PR-1's 35%. A B race's mini-taper is
 * its own week's days before it (MG-1): the weekend before keeps the long run (the block's
 * last cutback now comes a week earlier, off the race's week, LD-1).
 */
import { describe, expect, it } from "vitest";
import { validatePlan } from "../src/validate/validate.ts";
import { raceGoal } from "./race-goal.ts";
import { steadyHistory } from "./realistic-season-arbitrary.ts";
import { planOf } from "./scenario-arbitrary.ts";

describe("the weekend before a Friday B race", () => {
  const plan = planOf({
    startDate: "2027-01-04",
    seed: 800189,
    athlete: {
      level: "advanced",
      birthYear: 1997,
      history: { weeks: steadyHistory(301) },
    },
    constraints: { maxRunDaysPerWeek: 6, longRunDay: "sun", weekdayMaxMin: 62 },
    goals: [
      raceGoal("g1", "2027-02-03", "C", { distanceKm: 42.2, surface: "mountain" }),
      raceGoal("g2", "2027-06-09", "B", { surface: "trail" }),
      raceGoal("g3", "2027-11-12", "B", { distanceKm: 50 }),
      raceGoal("g4", "2027-12-14", "A"),
    ],
  });
  const before = plan.weeks.find((w) => w.startDate === "2027-11-01");

  it("keeps its long run, and the cutbacks inside PR-1's band", () => {
    const weekend = before?.days.slice(5).flatMap((d) => d.workouts.map((w) => w.type));
    expect(weekend).toContain("long");
    expect(validatePlan(plan).filter((f) => f.rule === "PR-1")).toEqual([]);
  });
});
