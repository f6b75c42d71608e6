/**
 * TP-2: a taper keeps 80% of the peak weeks' run days. A training race in the taper whose eve
 * is a rest day takes no shake-out there: the day after it holds a short, very easy run
 * instead (RC-1), so the week does not lose a run day.
 */
import { describe, expect, it } from "vitest";
import type { ScenarioInput } from "../src/schema/scenario.ts";
import { validatePlan } from "../src/validate/validate.ts";
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
