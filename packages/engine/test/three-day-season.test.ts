/**
 * An advanced runner on three run days, whose season climbs from a trail 10K to a 100-miler.
 * With two key sessions and the long run, a build week has no easy day: the minutes the
 * long run can't take yet (LR-1) stay as longer cool-downs, under the long run, so the week
 * holds its target. After the 10K the recovery week keeps the three days, so the next block
 * rebuilds from a full week, not from two runs under the recovery's easy-run cap.
 */
import { describe, expect, it } from "vitest";
import type { ScenarioInput } from "../src/schema/scenario.ts";
import { raceGoal } from "./race-goal.ts";
import { planOf } from "./scenario-arbitrary.ts";

const scenario: ScenarioInput = {
  startDate: "2027-01-04",
  seed: 590137,
  athlete: { level: "advanced", birthYear: 1985 },
  constraints: {
    maxRunDaysPerWeek: 3,
    unavailable: [{ from: "2027-02-23", to: "2027-03-01" }],
    strength: false,
  },
  goals: [
    raceGoal("trail-10k", "2027-06-14", "A", { surface: "trail" }),
    raceGoal("mountain-80k", "2027-10-09", "B", { distanceKm: 80, surface: "mountain" }),
    raceGoal("road-80k", "2028-01-17", "A", { distanceKm: 80 }),
    raceGoal("100-miler", "2028-03-26", "A", { distanceKm: 161 }),
  ],
};

describe("a season on three run days", () => {
  const plan = planOf(scenario);
  const runs = (i: number) =>
    plan.weeks[i]?.days
      .flatMap((d) => d.workouts)
      .filter((w) => w.distanceKm > 0 && w.type !== "race").length ?? 0;

  it("holds its build weeks' targets with two key sessions and the long run", () => {
    const loading = plan.weeks.filter(
      (w) =>
        w.goalId === "trail-10k" &&
        w.index > 0 &&
        ["build", "specific", "peak"].includes(w.phase) &&
        w.kind !== "cutback",
    );
    expect(loading.length).toBeGreaterThan(4);
    for (const week of loading) {
      expect(week.totals.volumeMin).toBeGreaterThanOrEqual(0.9 * week.targets.volumeMin);
      const long = week.days.flatMap((d) => d.workouts).find((w) => w.type === "long");
      for (const w of week.days
        .flatMap((d) => d.workouts)
        .filter((x) => x.key && x.type !== "long"))
        expect(w.durationMin).toBeLessThan(long?.durationMin ?? Number.POSITIVE_INFINITY);
    }
  });

  it("keeps three runs in the recovery week after the 10K", () => {
    const race = plan.weeks.findIndex((w) => w.phase === "race" && w.goalId === "trail-10k");
    expect(plan.weeks[race + 1]?.phase).toBe("recovery");
    expect(runs(race + 1)).toBe(3);
  });
});
