/**
 * SP-2 in the week before a training race: strength kept five days from a peaked race found
 * no day in a week whose weekend was closed, when the race it led to was a training race on a
 * Monday (the long run and its back-to-back on Monday and Tuesday, then the last five days).
 * A training race is run on whatever legs the week leaves: only its last two days stay free.
 */
import { describe, expect, it } from "vitest";
import type { ScenarioInput } from "../src/schema/scenario.ts";
import { validatePlan } from "../src/validate/validate.ts";
import { steadyHistory } from "./realistic-season-arbitrary.ts";
import { planOf } from "./scenario-arbitrary.ts";

const scenario: ScenarioInput = {
  startDate: "2027-01-04",
  athlete: { level: "intermediate", birthYear: 1985, history: { weeks: steadyHistory(300) } },
  constraints: { restDays: ["thu", "fri", "sat"], longRunDay: "mon", strength: true },
  goals: [
    {
      id: "trail-50k",
      date: "2027-04-17",
      distanceKm: 50,
      surface: "trail",
      elevationGainM: 1500,
      priority: "A",
    },
    {
      id: "hundred",
      name: "Autumn 100",
      date: "2027-08-30",
      distanceKm: 161,
      surface: "trail",
      elevationGainM: 4800,
      priority: "C",
    },
  ],
};

describe("the week before a Monday training race", () => {
  it("holds its strength session (SP-2), never on the race's last two days", () => {
    const plan = planOf(scenario);
    expect(validatePlan(plan).filter((f) => f.rule === "SP-2")).toEqual([]);
    const before = plan.weeks.find((w) => w.startDate === "2027-08-23");
    const strength = before?.days.filter((d) => d.workouts.some((w) => w.type === "strength"));
    expect(strength?.length).toBeGreaterThan(0);
    for (const day of strength ?? []) expect(day.date < "2027-08-28").toBe(true);
  });
});
