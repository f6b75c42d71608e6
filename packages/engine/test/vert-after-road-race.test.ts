/**
 * SP-1 after a road race: its race and recovery weeks climb a few metres (a road race's
 * profile), and the next block, for a hilly trail race, climbs again — any week may reach
 * 100 m, then ≤ 25% a week — instead of staying at those few metres all season.
 */
import { describe, expect, it } from "vitest";
import type { ScenarioInput } from "../src/schema/scenario.ts";
import { validatePlan } from "../src/validate/validate.ts";
import { raceGoal } from "./race-goal.ts";
import { steadyHistory } from "./realistic-season-arbitrary.ts";
import { planOf } from "./scenario-arbitrary.ts";

const scenario: ScenarioInput = {
  startDate: "2027-01-04",
  seed: 5,
  athlete: { level: "advanced", birthYear: 1951, history: { weeks: steadyHistory(300) } },
  constraints: { maxRunDaysPerWeek: 3, longRunDay: "sun", weekdayMaxMin: 74, strength: true },
  goals: [
    raceGoal("trail-march", "2027-03-01", "C", { surface: "trail" }),
    raceGoal("road-may", "2027-05-25", "A"),
    raceGoal("trail-sept", "2027-09-22", "B", { surface: "trail" }),
  ],
};

describe("a trail block after a road race", () => {
  it("climbs back to the trail race's band", () => {
    const plan = planOf(scenario);
    expect(validatePlan(plan).filter((f) => f.rule === "SP-1")).toEqual([]);
    const trail = plan.weeks.filter((w) => w.goalId === "trail-sept" && w.phase === "specific");
    expect(trail.length).toBeGreaterThan(0);
    // 30 m a km over the week's kilometres: hundreds of metres, not a road week's few.
    for (const week of trail) expect(week.totals.vertM).toBeGreaterThan(300);
  });
});
