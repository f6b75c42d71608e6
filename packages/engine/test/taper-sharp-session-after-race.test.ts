/**
 * RC-1 in the last taper week: a small week's runs inside the race's seven days move before
 * them (TP-2), and a sharp session left alone there moved to the first free day, though a
 * training race three days before still kept that day free of hard sessions.
 */
import { describe, expect, it } from "vitest";
import { addDays } from "../src/dates.ts";
import type { ScenarioInput } from "../src/schema/scenario.ts";
import { validatePlan } from "../src/validate/validate.ts";
import { planOf } from "./scenario-arbitrary.ts";

/** Two A races eleven days apart: the short one (first) is run as a training race (MG-2). */
const scenario: ScenarioInput = {
  startDate: "2027-03-22",
  seed: 185388,
  athlete: {
    level: "intermediate",
    birthYear: 1979,
    history: {
      weeks: [149, 0, 149, 149, 0, 149, 149, 0].map((minutes, i) => ({
        start: addDays("2027-01-25", i * 7),
        minutes,
        runs: minutes > 0 ? 4 : 0,
        longestRunMin: minutes > 0 ? 37 : 0,
        vertM: minutes > 0 ? 596 : 0,
      })),
    },
  },
  constraints: { longRunDay: "fri", maxLongRunMin: 200, maxWeeklyMin: 60, strength: true },
  goals: [
    {
      id: "hill-3k",
      date: "2027-10-22",
      distanceKm: 3,
      surface: "mountain",
      elevationGainM: 120,
      priority: "A",
    },
    {
      id: "marathon",
      name: "Trail Marathon",
      date: "2027-11-02",
      distanceKm: 42.2,
      surface: "trail",
      elevationGainM: 1266,
      priority: "A",
    },
  ],
};

describe("the last taper week's sharp session after a training race", () => {
  it("stays out of the race's days of RC-1", () => {
    const plan = planOf(scenario);
    expect(plan.goals.find((g) => g.id === "hill-3k")?.mode).toBe("training-race");
    expect(validatePlan(plan).filter((f) => f.rule === "RC-1")).toEqual([]);
    const week = plan.weeks.find((w) => w.startDate === "2027-10-25");
    const sharp = week?.days.find((d) => d.workouts.some((w) => w.intensity === "hard"));
    // Friday's race keeps Saturday to Tuesday free of hard sessions (RC-1, 5K: 4 days).
    expect(sharp?.date ?? "").toBe("2027-10-27");
  });
});
