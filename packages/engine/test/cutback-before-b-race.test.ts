/**
 * A Monday B race: its mini-taper is the week before (MG-1), whose weekend holds no long run
 * (Saturday a rest day, Sunday the race's eve) and whose weekdays are capped at 50 minutes.
 * That cutback could hold 150 minutes and fell 41% from the 253 of the week before, past
 * PR-1's 35%. The week before a cutback whose days hold little now runs no more than the
 * cutback can fall from.
 */
import { describe, expect, it } from "vitest";
import { rules } from "../src/constants.ts";
import { historyWeeks } from "./history-weeks.ts";
import { raceGoal } from "./race-goal.ts";
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

describe("the week before a Monday B race's mini-taper", () => {
  const raceWeek = plan.weeks.findIndex((w) => w.days.some((d) => d.date === "2027-09-27"));
  const [before, cutback] = [plan.weeks[raceWeek - 2], plan.weeks[raceWeek - 1]];

  it("runs no more than the mini-taper can fall from within PR-1's band", () => {
    expect(cutback?.kind).toBe("cutback");
    if (!before || !cutback) return;
    const drop = 1 - trainingRunMin(cutback) / trainingRunMin(before);
    expect(drop).toBeGreaterThanOrEqual(rules.cutbackMinDrop);
    expect(drop).toBeLessThanOrEqual(rules.cutbackMaxDrop);
  });

  it("leaves a plan with no error", () => {
    expect(errorsOf(plan)).toEqual([]);
  });
});
