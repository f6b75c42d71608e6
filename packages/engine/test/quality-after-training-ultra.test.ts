/**
 * An advanced runner of 657 minutes a week with a 100-miler as a training race in June and
 * an A trail half in August. RC-1 keeps the four weeks after the 100-miler free of hard
 * sessions, so a peak week's quality came from strides, a downhill session and the long run's
 * steady finish, capped at 30% of its two hours: 90.1% easy, over IN-1's 90%. An anchor long
 * run may now finish steady for up to 35% of it, as much as the week lacks.
 */
import { describe, expect, it } from "vitest";
import { rules } from "../src/constants.ts";
import { daysBetween } from "../src/dates.ts";
import { raceGoal } from "./race-goal.ts";
import { steadyHistory } from "./realistic-season-arbitrary.ts";
import { planOf } from "./scenario-arbitrary.ts";
import { errorsOf } from "./season-errors.ts";

const plan = planOf({
  startDate: "2027-01-04",
  seed: 14,
  athlete: {
    level: "advanced",
    birthYear: 1985,
    history: { weeks: steadyHistory(657).map((w) => ({ ...w, longestRunMin: 197 })) },
  },
  constraints: { unavailable: [{ from: "2027-06-22", to: "2027-06-29" }], strength: false },
  goals: [
    raceGoal("g1", "2027-06-13", "C", { distanceKm: 161, surface: "trail" }),
    raceGoal("g2", "2027-08-02", "A", { distanceKm: 21.1, surface: "trail" }),
  ],
});

describe("the weeks after a training 100-miler", () => {
  const after = plan.weeks.filter((w) => {
    const since = daysBetween("2027-06-13", w.startDate);
    return since > 0 && since <= 28 && w.phase !== "taper";
  });

  it("keep IN-1's ceiling without a hard session", () => {
    expect(after.length).toBeGreaterThan(1);
    for (const week of after) {
      const hard = week.days.flatMap((d) => d.workouts).filter((w) => w.intensity === "hard");
      expect(hard, week.startDate).toEqual([]);
      if (week.totals.runMin > 0)
        expect(week.totals.easyShare, week.startDate).toBeLessThanOrEqual(rules.easyShare.max);
    }
  });

  it("leaves a plan with no error", () => {
    expect(errorsOf(plan)).toEqual([]);
  });
});
