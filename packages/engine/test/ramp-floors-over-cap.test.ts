/**
 * A beginner of about an hour a week after a 5K: the recovery's one run held 33 minutes. The
 * first base week's two runs at their floors (a 16-minute hill session and a 20-minute long
 * run) held 36, over PR-2's 35; cutting the target could not shorten runs already at their
 * floors. Such a week now gives its minutes to one run fewer. A week left one run runs its
 * session (a progression run in base, hills in a trail build), not a 34-minute "long run"
 * whose target still asked for 48: the build of a runner whose weekdays are capped at 46
 * minutes shows it.
 */
import { describe, expect, it } from "vitest";
import type { Week } from "../src/schema/plan.ts";
import { isRunning } from "../src/validate/amounts.ts";
import { historyWeeks } from "./history-weeks.ts";
import { raceGoal } from "./race-goal.ts";
import { planOf } from "./scenario-arbitrary.ts";
import { errorsOf } from "./season-errors.ts";
import { afterRecovery, trainingRunMin } from "./week-minutes.ts";

const beginner = planOf({
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

const trailRunner = planOf({
  startDate: "2027-05-17",
  seed: 307867,
  athlete: {
    level: "intermediate",
    birthYear: 1981,
    history: {
      weeks: historyWeeks(
        "2027-02-22",
        [113, 0, 113, 113, 0, 113, 113, 0, 113, 113, 0, 113],
        28,
        0,
      ),
    },
  },
  constraints: {
    restDays: ["sat"],
    longRunDay: "wed",
    maxLongRunMin: 93,
    maxWeeklyMin: 396,
    weekdayMaxMin: 47,
    unavailable: [{ from: "2027-08-10", to: "2027-08-17" }],
    strength: true,
  },
  goals: [
    raceGoal("g1", "2027-09-22", "A", { distanceKm: 170, surface: "trail", elevationGainM: 1700 }),
    raceGoal("g2", "2028-02-05", "A", { surface: "trail", elevationGainM: 300 }),
    raceGoal("g3", "2028-05-20", "B", {
      distanceKm: 42.2,
      surface: "mountain",
      elevationGainM: 2532,
    }),
    raceGoal("g4", "2028-06-26", "B", { distanceKm: 100, surface: "trail", elevationGainM: 3000 }),
  ],
});

const roadRunner = planOf({
  startDate: "2027-03-29",
  seed: 999995,
  athlete: {
    level: "beginner",
    birthYear: 1967,
    history: {
      weeks: historyWeeks(
        "2027-01-04",
        [111, 0, 111, 111, 0, 111, 111, 0, 111, 111, 0, 111],
        28,
        2,
      ),
    },
  },
  constraints: {
    restDays: ["tue"],
    longRunDay: "sun",
    maxLongRunMin: 317,
    maxWeeklyMin: 577,
    unavailable: [{ from: "2027-07-27", to: "2027-07-31" }],
    strength: false,
  },
  goals: [
    raceGoal("g1", "2027-05-07", "B", { distanceKm: 170, elevationGainM: 0 }),
    raceGoal("g2", "2027-10-16", "B", { distanceKm: 50, elevationGainM: 150 }),
    raceGoal("g3", "2027-11-14", "C", {
      distanceKm: 80,
      surface: "mountain",
      elevationGainM: 4800,
    }),
  ],
});

// Weekdays capped at 46 minutes: the 80K's build weeks hold one run at their floors.
const cappedWeekdays = planOf({
  startDate: "2026-12-14",
  seed: 827039,
  athlete: {
    birthYear: 1953,
    history: {
      weeks: historyWeeks("2026-09-28", [114, 0, 114, 114, 0, 114, 114, 0, 114, 114, 0], 29, 4),
    },
  },
  constraints: {
    restDays: ["mon"],
    longRunDay: "sat",
    maxLongRunMin: 204,
    maxWeeklyMin: 990,
    weekdayMaxMin: 46,
    unavailable: [{ from: "2027-02-16", to: "2027-02-20" }],
    strength: true,
  },
  goals: [
    raceGoal("g1", "2027-03-29", "C", { distanceKm: 60, elevationGainM: 0 }),
    raceGoal("g2", "2027-04-23", "B", { distanceKm: 161, elevationGainM: 483 }),
    raceGoal("g3", "2027-08-24", "B", {
      distanceKm: 80,
      surface: "mountain",
      elevationGainM: 4800,
    }),
  ],
});

describe("a week whose runs at their floors pass the ramp cap", () => {
  it("ramps the first week after the recovery within PR-2's cap", () => {
    const { recovery, after } = afterRecovery(beginner, "g2");
    expect(recovery).toBeDefined();
    if (!recovery || !after[0]) return;
    // The race and its recovery are lighter weeks: the week after may return to the last
    // full week before them, and rise at most the ramp cap over it.
    const raceWeek = beginner.weeks.findIndex((w) => w.goalId === "g2" && w.phase === "race");
    const lastFull = beginner.weeks
      .slice(0, raceWeek)
      .findLast((w) => ["base", "build", "peak"].includes(w.kind)) as Week;
    const cap = beginner.athleteProfile.rampCap;
    const reference = Math.max(trainingRunMin(recovery), trainingRunMin(lastFull));
    expect(trainingRunMin(after[0])).toBeLessThanOrEqual(reference * (1 + cap));
    expect(trainingRunMin(after[0])).toBeGreaterThan(trainingRunMin(recovery));
  });

  it.each([
    ["a beginner after a 5K", beginner],
    ["a trail runner after a 10K", trailRunner],
    ["a road runner after a 50K", roadRunner],
    ["a runner of weekdays capped at 46 minutes", cappedWeekdays],
  ])("breaks no rule: %s", (_, plan) => {
    expect(errorsOf(plan).map((f) => `${f.rule} week ${f.weekIndex}`)).toEqual([]);
  });

  it("runs a week left one run as a session, not a long run", () => {
    const loneRuns = cappedWeekdays.weeks
      .filter((w) => w.goalId === "g3" && (w.kind === "base" || w.kind === "build"))
      .map((w) => w.days.flatMap((d) => d.workouts).filter(isRunning))
      .filter((runs) => runs.length === 1)
      .flat();
    expect(loneRuns.length).toBeGreaterThan(0);
    for (const run of loneRuns) expect(run.type).not.toBe("long");
  });
});
