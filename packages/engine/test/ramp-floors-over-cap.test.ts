/**
 * A beginner of about an hour a week after a 5K: the recovery's one run held 33 minutes. The
 * first base week's two runs at their floors (a 16-minute hill session and a 20-minute long
 * run) held 36, over PR-2's 35; cutting the target could not shorten runs already at their
 * floors. Such a week now gives its minutes to one run fewer.
 */
import { describe, expect, it } from "vitest";
import { historyWeeks } from "./history-weeks.ts";
import { raceGoal } from "./race-goal.ts";
import { planOf } from "./scenario-arbitrary.ts";
import { errorsOf } from "./season-errors.ts";
import { afterRecovery, trainingRunMin } from "./week-minutes.ts";

const plan = planOf({
  startDate: "2026-12-21",
  seed: 119245,
  athlete: {
    birthYear: 1989,
    history: { weeks: historyWeeks("2026-10-26", [112, 0, 112, 112, 0, 112, 112, 0], 28, 0) },
  },
  constraints: {
    maxRunDaysPerWeek: 6,
    restDays: ["thu"],
    longRunDay: "fri",
    maxLongRunMin: 90,
    maxWeeklyMin: 459,
    unavailable: [{ from: "2027-02-02", to: "2027-02-03" }],
    strength: false,
  },
  goals: [
    raceGoal("g1", "2027-02-12", "A", { distanceKm: 15, elevationGainM: 0 }),
    raceGoal("g2", "2027-03-29", "B", { distanceKm: 5, elevationGainM: 15 }),
    raceGoal("g3", "2027-07-29", "A", {
      distanceKm: 80,
      surface: "mountain",
      elevationGainM: 4800,
    }),
  ],
});

describe("a week whose runs at their floors pass the ramp cap", () => {
  it("ramps the first week after the recovery within PR-2's cap", () => {
    const { recovery, after } = afterRecovery(plan, "g2");
    expect(recovery).toBeDefined();
    if (!recovery || !after[0]) return;
    const cap = plan.athleteProfile.rampCap;
    expect(trainingRunMin(after[0])).toBeLessThanOrEqual(trainingRunMin(recovery) * (1 + cap));
    expect(trainingRunMin(after[0])).toBeGreaterThan(trainingRunMin(recovery));
  });

  it("breaks no rule", () => {
    expect(errorsOf(plan).map((f) => `${f.rule} week ${f.weekIndex}`)).toEqual([]);
  });
});
