/**
 * PR-3 when a 100-miler's taper follows a B marathon's recovery: the taper falls from the
 * recovery, under the block's peak. Sized from the peak alone, the race week ran 384
 * minutes after a 197-minute week, a load 1.57× the four weeks before it; sized no bigger
 * than the taper week before it, its race's seven days still hold TP-2's share of the peak.
 */
import { describe, expect, it } from "vitest";
import type { ScenarioInput } from "../src/schema/scenario.ts";
import { validatePlan } from "../src/validate/validate.ts";
import { raceGoal } from "./race-goal.ts";
import { steadyHistory } from "./realistic-season-arbitrary.ts";
import { planOf } from "./scenario-arbitrary.ts";
import { trainingRunMin } from "./week-minutes.ts";

const scenario: ScenarioInput = {
  startDate: "2027-01-04",
  seed: 492457,
  athlete: { level: "advanced", birthYear: 1985, history: { weeks: steadyHistory(538) } },
  constraints: {
    maxRunDaysPerWeek: 6,
    unavailable: [{ from: "2027-02-16", to: "2027-02-18" }],
    strength: false,
  },
  goals: [
    raceGoal("marathon", "2027-06-18", "B", { distanceKm: 42.2, surface: "trail" }),
    raceGoal("100-miler", "2027-07-25", "A", { distanceKm: 161, surface: "mountain" }),
  ],
};

describe("a 100-miler's race week after a taper that fell from a recovery", () => {
  it("keeps its load under PR-3's cap and its volume in TP-2's band", () => {
    const plan = planOf(scenario);
    expect(validatePlan(plan).filter((f) => f.rule === "PR-3" || f.rule === "TP-2")).toEqual([]);
    const race = plan.weeks.find((w) => w.phase === "race" && w.goalId === "100-miler");
    expect(race).toBeDefined();
    if (race) expect(trainingRunMin(race)).toBeLessThan(384);
  });
});
