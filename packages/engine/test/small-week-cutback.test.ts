/**
 * PR-1 for a runner of under an hour a week: a cutback of a 42-minute week runs 27–34
 * minutes. Its easy runs may be as short as a taper's (15 minutes), or the week, held at a
 * 20-minute easy run beside its short session, would fall less than 20%.
 */
import { describe, expect, it } from "vitest";
import { addDays } from "../src/dates.ts";
import type { ScenarioInput } from "../src/schema/scenario.ts";
import { validatePlan } from "../src/validate/validate.ts";
import { raceGoal } from "./race-goal.ts";
import { planOf } from "./scenario-arbitrary.ts";

// A beginner whose weeks fell from 106 to about 55 minutes of four short runs.
const history = [106, 82, 59, 51, 43, 58, 58].map((minutes, i) => ({
  start: addDays("2026-11-16", 7 * i),
  minutes,
  runs: 4,
  longestRunMin: Math.round(minutes * 0.3),
  vertM: 0,
}));

const scenario: ScenarioInput = {
  startDate: "2027-01-04",
  seed: 918644,
  athlete: { level: "beginner", birthYear: 1977, history: { weeks: history } },
  constraints: { maxRunDaysPerWeek: 4, longRunDay: "sat", strength: false },
  goals: [
    raceGoal("parkrun", "2027-05-17", "C", { distanceKm: 5 }),
    raceGoal("5k", "2027-07-26", "A", { distanceKm: 5 }),
  ],
};

describe("a cutback of a week under an hour", () => {
  it("falls 20–35% on short easy runs", () => {
    const plan = planOf(scenario);
    expect(validatePlan(plan).filter((f) => f.rule === "PR-1")).toEqual([]);
    const cutbacks = plan.weeks.filter((w) => w.kind === "cutback" && w.totals.runMin < 40);
    expect(cutbacks.length).toBeGreaterThan(0);
    for (const week of cutbacks)
      for (const w of week.days.flatMap((d) => d.workouts))
        if (w.type === "easy") expect(w.durationMin).toBeGreaterThanOrEqual(15);
  });
});
