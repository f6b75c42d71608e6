/**
 * Monday B races: the mini-taper is the week before (MG-1), cut like a cutback (PR-1's fall)
 * and labelled a taper; its days may hold little.
 *
 * - Its weekend holds no long run (Saturday a rest day, Sunday the race's eve) and its
 *   weekdays are capped at 50 minutes: it could hold 150 minutes and fell 41% from the 253 of
 *   the week before, past PR-1's 35%. The week before a cutback whose days hold little now
 *   runs no more than the cutback can fall from.
 * - A B 80K, Tuesday and Wednesday rest days: the cutback's easy runs at two hours and its
 *   tempo's cool-down held back by IN-1's floor (the week's quality already at 10%), it could
 *   hold 400 minutes and fell 39% from 660. Its easy runs now take strides to make room for a
 *   longer cool-down, and the week before keeps further inside the band.
 */
import { describe, expect, it } from "vitest";
import { rules } from "../src/constants.ts";
import type { Plan } from "../src/schema/plan.ts";
import { historyWeeks } from "./history-weeks.ts";
import { raceGoal } from "./race-goal.ts";
import { steadyHistory } from "./realistic-season-arbitrary.ts";
import { planOf } from "./scenario-arbitrary.ts";
import { errorsOf } from "./season-errors.ts";
import { trainingRunMin } from "./week-minutes.ts";

const plan = planOf({
  startDate: "2027-06-21",
  seed: 676298,
  athlete: {
    level: "intermediate",
    birthYear: 1991,
    history: { weeks: historyWeeks("2027-05-03", [226, 0, 226, 226, 0, 226, 226], 57, 4) },
  },
  constraints: {
    restDays: ["mon", "wed", "sat"],
    maxWeeklyMin: 411,
    weekdayMaxMin: 50,
    strength: false,
  },
  goals: [
    raceGoal("b", "2027-09-27", "B", { distanceKm: 100, elevationGainM: 0 }),
    raceGoal("a", "2027-12-15", "A", { distanceKm: 21.1, surface: "mountain" }),
  ],
});

const eighty = planOf({
  startDate: "2027-01-04",
  seed: 999995,
  athlete: { level: "advanced", birthYear: 2001, history: { weeks: steadyHistory(420) } },
  constraints: {
    maxRunDaysPerWeek: 5,
    restDays: ["tue", "wed"],
    weekdayMaxMin: 136,
    strength: true,
  },
  goals: [
    raceGoal("g1", "2027-02-22", "A", { surface: "trail" }),
    raceGoal("g2", "2027-07-19", "B", { distanceKm: 80 }),
    raceGoal("g3", "2027-11-26", "B", { distanceKm: 21.1, elevationGainM: 63 }),
  ],
});

describe.each([
  ["weekend closed, weekdays capped", plan, "2027-09-27"],
  ["sessions at their caps", eighty, "2027-07-19"],
] as [string, Plan, string][])("the mini-taper before a Monday B race, %s", (_, plan, raceDate) => {
  const raceWeek = plan.weeks.findIndex((w) => w.days.some((d) => d.date === raceDate));
  const [before, cutback] = [plan.weeks[raceWeek - 2], plan.weeks[raceWeek - 1]];

  it("falls by a cutback's 20–35% from the week before, labelled the race's taper", () => {
    expect(cutback?.kind).toBe("taper");
    if (!before || !cutback) return;
    const drop = 1 - trainingRunMin(cutback) / trainingRunMin(before);
    expect(drop).toBeGreaterThanOrEqual(rules.cutbackMinDrop);
    expect(drop).toBeLessThanOrEqual(rules.cutbackMaxDrop);
  });

  it("leaves a plan with no error", () => {
    expect(errorsOf(plan)).toEqual([]);
  });
});
