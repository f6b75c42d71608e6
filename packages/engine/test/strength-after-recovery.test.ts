/**
 * A runner of about 80 minutes a week between two ultras (a random season's). After the first
 * race the recovery weeks held mobility only, and the next block's first weeks brought back
 * 20 minutes of strength: a jump in load PR-3 paid for out of the running, and the weeks sank
 * under the recovery's (29 minutes after 39) until the second taper could no longer fall
 * (TP-2). Strength now returns, light, in the recovery's last week.
 */
import { describe, expect, it } from "vitest";
import { validatePlan } from "../src/validate/validate.ts";
import { historyWeeks } from "./history-weeks.ts";
import { raceGoal } from "./race-goal.ts";
import { planOf } from "./scenario-arbitrary.ts";

const pattern = [163, 0, 163, 163, 0, 163, 163, 0, 163, 163, 0];

describe("strength after a recovery", () => {
  const plan = planOf({
    startDate: "2027-03-01",
    seed: 287791,
    athlete: {
      level: "intermediate",
      history: {
        weeks: historyWeeks("2026-12-14", pattern, 41, 2),
      },
    },
    constraints: {
      maxRunDaysPerWeek: 5,
      maxLongRunMin: 145,
      maxWeeklyMin: 680,
      weekdayMaxMin: 82,
      unavailable: [
        { from: "2027-06-22", to: "2027-06-24" },
        { from: "2027-06-29", to: "2027-07-01" },
      ],
      strength: true,
    },
    goals: [
      raceGoal("g1", "2027-09-21", "A", {
        distanceKm: 170,
        surface: "trail",
        elevationGainM: 1700,
      }),
      raceGoal("g2", "2028-02-10", "A", { distanceKm: 80, surface: "mountain" }),
    ],
  });
  const strengthIn = (w: (typeof plan.weeks)[number]) =>
    w.days.filter((d) => d.workouts.some((x) => x.type === "strength")).length;

  it("comes back in the recovery's last week only", () => {
    const recovery = plan.weeks.filter((w) => w.goalId === "g1" && w.phase === "recovery");
    expect(recovery.map(strengthIn)).toEqual([...recovery.slice(1).map(() => 0), 1]);
  });

  it("leaves a plan with no error", () => {
    expect(validatePlan(plan).filter((f) => f.severity === "error")).toEqual([]);
  });
});
