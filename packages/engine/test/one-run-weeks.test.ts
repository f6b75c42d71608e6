/**
 * Weeks too small for a session and a second run. A beginner back from a 60K ran one
 * 30-minute hill session a week for six months: the ramp's fit dropped the long run, and the
 * refill that aimed the week back at its limit built it on two days again, which its floors
 * could not hold, so it kept the one session it had. A week that dropped a run is refilled on
 * the days it kept. And a loading week whose two runs at their floors pass PR-3's cap gives
 * its load to one run.
 */
import { describe, expect, it } from "vitest";
import { historyWeeks } from "./history-weeks.ts";
import { raceGoal } from "./race-goal.ts";
import { planOf } from "./scenario-arbitrary.ts";
import { errorsOf } from "./season-errors.ts";
import { afterRecovery, trainingRunMin } from "./week-minutes.ts";

const beginner = planOf({
  startDate: "2027-01-04",
  seed: 453513,
  athlete: {
    level: "beginner",
    history: { weeks: historyWeeks("2026-11-30", [134, 0, 134, 134, 0], 34, 0) },
  },
  constraints: {
    maxRunDaysPerWeek: 5,
    restDays: ["tue", "fri"],
    longRunDay: "thu",
    maxWeeklyMin: 487,
    weekdayMaxMin: 150,
    strength: false,
  },
  goals: [
    raceGoal("g1", "2027-01-28", "A", {
      distanceKm: 60,
      surface: "mountain",
      elevationGainM: 2400,
    }),
    raceGoal("g2", "2027-07-28", "A", { distanceKm: 30, elevationGainM: 90 }),
  ],
});

const intermediate = planOf({
  startDate: "2026-12-28",
  seed: 504356,
  athlete: {
    level: "intermediate",
    birthYear: 1962,
    history: { weeks: historyWeeks("2026-10-26", [110, 0, 110, 110, 0, 110, 110, 0, 110], 28, 0) },
  },
  constraints: {
    maxRunDaysPerWeek: 3,
    restDays: [],
    longRunDay: "wed",
    maxLongRunMin: 276,
    weekdayMaxMin: 50,
    strength: true,
  },
  goals: [
    raceGoal("g1", "2027-01-29", "A", {
      distanceKm: 42.2,
      surface: "mountain",
      elevationGainM: 1688,
    }),
    raceGoal("g2", "2027-05-31", "B", { distanceKm: 50, elevationGainM: 150 }),
    raceGoal("g3", "2027-09-16", "B", {
      distanceKm: 161,
      surface: "mountain",
      elevationGainM: 9660,
    }),
  ],
});

describe("weeks too small for a session and a second run", () => {
  it("rebuild past the recovery", () => {
    const { recovery, after } = afterRecovery(beginner, "g1");
    expect(recovery).toBeDefined();
    if (!recovery) return;
    const loading = after.slice(0, 8).filter((w) => w.kind === "build" || w.kind === "base");
    const biggest = Math.max(...loading.map(trainingRunMin));
    expect(biggest).toBeGreaterThan(1.1 * trainingRunMin(recovery));
  });

  it.each([
    ["a beginner after a 60K", beginner],
    ["an intermediate on three days", intermediate],
  ])("break no rule: %s", (_, plan) => {
    expect(errorsOf(plan).map((f) => `${f.rule} week ${f.weekIndex}`)).toEqual([]);
  });
});
