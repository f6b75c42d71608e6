/**
 * A runner of about an hour a week, on three days, after a 45K: the recovery's last week ran
 * 29 minutes. The first base week's two runs at their floors (a 16-minute session and a
 * 20-minute long run) held 36 minutes, over PR-2's 31; cut to fit, it lost the long run and
 * ran one session of 26 minutes, and the next week, ramped from it, one of 21. Every week
 * after ramps from the one before: the rebuild went down. A week cut under its limit that
 * dropped a session is now aimed at the limit again from what it holds.
 */
import { describe, expect, it } from "vitest";
import { historyWeeks } from "./history-weeks.ts";
import { raceGoal } from "./race-goal.ts";
import { planOf } from "./scenario-arbitrary.ts";
import { errorsOf } from "./season-errors.ts";
import { afterRecovery, trainingRunMin } from "./week-minutes.ts";

const plan = planOf({
  startDate: "2027-05-31",
  seed: 0,
  athlete: {
    level: "intermediate",
    birthYear: 1968,
    history: { weeks: historyWeeks("2027-04-26", [111, 0, 111, 111, 0], 28, 0) },
  },
  constraints: { maxRunDaysPerWeek: 3, maxWeeklyMin: 707, weekdayMaxMin: 119, strength: false },
  goals: [
    raceGoal("g1", "2027-07-08", "A", { distanceKm: 45, elevationGainM: 0 }),
    raceGoal("g2", "2028-01-07", "C", { elevationGainM: 30 }),
  ],
});

describe("the rebuild of a small runner after a race", () => {
  it("never runs a loading week under the recovery's last week before its first cutback", () => {
    const { recovery, after } = afterRecovery(plan, "g1");
    expect(recovery).toBeDefined();
    if (!recovery) return;
    const rebuild = after.slice(
      0,
      after.findIndex((w) => w.kind === "cutback"),
    );
    expect(rebuild.length).toBeGreaterThan(1);
    for (const week of rebuild)
      expect(trainingRunMin(week), week.startDate).toBeGreaterThanOrEqual(trainingRunMin(recovery));
  });

  it("runs the 10K's week without a spike over the one-session weeks before it (PR-3)", () => {
    // Its mini-taper's session and easy run at their floors held 36 minutes after weeks of 29:
    // it runs one of them.
    expect(errorsOf(plan).map((f) => `${f.rule} week ${f.weekIndex}`)).toEqual([]);
  });
});
