/**
 * An advanced runner with three A ultras in a season (a 100-miler in May, a 100K in August, a
 * road 100-miler in December): after the 100K's recovery the weeks hold one session each.
 * Its floors round it short of the target (a 21-minute fartlek for 22), inside the three
 * minutes a week may miss it by; the next week ramps from the 21, rounds short again, and the
 * plan ran a 21-minute session a week for four months. A week of one session now misses its
 * target by a minute at most: a longer cool-down, or a few more repeats to carry one (IN-1).
 * Its taper then ran two runs at their floors, a minute over the last peak week (TP-2): a
 * taper falling from weeks of one session now runs one too, its short, sharp session.
 */
import { describe, expect, it } from "vitest";
import { raceGoal } from "./race-goal.ts";
import { planOf } from "./scenario-arbitrary.ts";
import { errorsOf } from "./season-errors.ts";
import { afterRecovery, trainingRunMin } from "./week-minutes.ts";

const plan = planOf({
  startDate: "2027-01-04",
  seed: 200615,
  athlete: { level: "advanced", birthYear: 1985 },
  constraints: {
    maxRunDaysPerWeek: 4,
    unavailable: [{ from: "2027-06-01", to: "2027-06-02" }],
    strength: true,
  },
  goals: [
    raceGoal("g1", "2027-04-11", "B", { distanceKm: 80 }),
    raceGoal("g2", "2027-05-21", "A", { distanceKm: 161, surface: "trail" }),
    raceGoal("g3", "2027-08-13", "A", { distanceKm: 100, surface: "trail" }),
    raceGoal("g4", "2027-12-26", "A", { distanceKm: 161 }),
  ],
});

describe("the weeks of one session after a 100K's recovery", () => {
  it("never run under the recovery's last week", () => {
    const { recovery, after } = afterRecovery(plan, "g3");
    expect(recovery).toBeDefined();
    if (!recovery) return;
    const loading = after
      .filter((w) => w.goalId === "g4" && ["base", "build", "specific", "peak"].includes(w.phase))
      .filter((w) => w.kind !== "cutback");
    expect(loading.length).toBeGreaterThan(4);
    for (const week of loading)
      expect(trainingRunMin(week), week.startDate).toBeGreaterThanOrEqual(trainingRunMin(recovery));
  });

  it("taper from them on one sharp session a week, falling (TP-2)", () => {
    const taper = plan.weeks.filter((w) => w.goalId === "g4" && w.phase === "taper");
    expect(taper.length).toBeGreaterThan(1);
    for (const week of taper) {
      const hard = week.days.flatMap((d) => d.workouts).filter((w) => w.intensity === "hard");
      expect(hard.length, week.startDate).toBe(1);
    }
    expect(errorsOf(plan)).toEqual([]);
  });
});
