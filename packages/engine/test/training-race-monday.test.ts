/**
 * A training race on a Monday. Its eve and the day before were both closed to the long run,
 * as a peaked race's are, so the weekend before lost it: with weekdays capped at 46 minutes,
 * a cutback's long run fell to a Friday's 46 minutes and the week 55% under the one before
 * (PR-1 allows 35%). A training race is a session (MG-1): the Saturday before may hold the
 * long run, kept under 3 hours so the two days after it hold no hard session (LR-5).
 */
import { describe, expect, it } from "vitest";
import { rules } from "../src/constants.ts";
import { addDays } from "../src/dates.ts";
import type { Plan } from "../src/schema/plan.ts";
import { raceGoal } from "./race-goal.ts";
import { steadyHistory } from "./realistic-season-arbitrary.ts";
import { planOf } from "./scenario-arbitrary.ts";
import { errorsOf } from "./season-errors.ts";

const saturdayBefore = (plan: Plan, monday: string) =>
  plan.weeks.flatMap((w) => w.days).find((d) => d.date === addDays(monday, -2));

describe("the weekend before a Monday training race", () => {
  it("keeps a cutback's long run on Saturday when weekdays are short", () => {
    const plan = planOf({
      startDate: "2027-01-04",
      seed: 107,
      athlete: { level: "intermediate", birthYear: 1985, history: { weeks: steadyHistory(211) } },
      constraints: { restDays: ["mon"], maxRunDaysPerWeek: 6, weekdayMaxMin: 46 },
      goals: [
        raceGoal("a", "2027-09-13", "A", { distanceKm: 120, surface: "trail" }),
        raceGoal("c", "2028-03-06", "C", { distanceKm: 80, surface: "trail" }),
      ],
    });
    const long = saturdayBefore(plan, "2028-03-06")?.workouts.find((w) => w.type === "long");
    expect(long?.durationMin).toBeGreaterThan(46);
    expect(errorsOf(plan)).toEqual([]);
  });

  it("keeps the long run there under 3 hours (LR-5)", () => {
    const plan = planOf({
      startDate: "2027-01-04",
      seed: 9,
      athlete: { level: "advanced", birthYear: 1985, history: { weeks: steadyHistory(403) } },
      constraints: { strength: false },
      goals: [
        raceGoal("c", "2027-03-29", "C", { distanceKm: 50 }),
        raceGoal("a", "2027-11-05", "A", { distanceKm: 80 }),
      ],
    });
    const long = saturdayBefore(plan, "2027-03-29")?.workouts.find((w) => w.type === "long");
    expect(long).toBeDefined();
    expect(long?.durationMin).toBeLessThan(rules.protectAfterLongRunMin);
    expect(errorsOf(plan)).toEqual([]);
  });
});
