/**
 * A runner of three days a week, 342 minutes, with a Wednesday 5K as a training race seven
 * weeks before a mountain marathon. The week's third run went to Friday, RC-1's second day
 * after the 5K, where an easy run is a recovery run of at most 40 minutes; LR-3 then held
 * the long run to that (1.5 ÷ 3 of the week's training, the race aside): 37 minutes after
 * 129, and LR-1's 15% steps kept every long run after it short, the peak week at 128
 * minutes. The easy run now goes to a day that can hold it.
 */
import { describe, expect, it } from "vitest";
import { daysBetween } from "../src/dates.ts";
import { raceGoal } from "./race-goal.ts";
import { steadyHistory } from "./realistic-season-arbitrary.ts";
import { planOf } from "./scenario-arbitrary.ts";
import { errorsOf } from "./season-errors.ts";

const fiveK = raceGoal("g1", "2027-03-10", "C", { distanceKm: 5, surface: "trail" });
const plan = planOf({
  startDate: "2027-01-04",
  seed: 439392,
  athlete: { level: "intermediate", birthYear: 1958, history: { weeks: steadyHistory(342) } },
  constraints: { maxRunDaysPerWeek: 3, restDays: [], weekdayMaxMin: 108, strength: false },
  goals: [
    fiveK,
    raceGoal("g2", "2027-05-01", "A", {
      distanceKm: 42.2,
      surface: "mountain",
      elevationGainM: 2532,
    }),
  ],
});

describe("a three-day runner's week holding a training race", () => {
  const at = plan.weeks.findIndex((w) => w.days.some((d) => d.date === fiveK.date));
  const week = plan.weeks[at];
  const before = plan.weeks[at - 1];

  it("puts its easy run past RC-1's first two days after the race", () => {
    const firstDays = (week?.days ?? []).filter((d) => {
      const after = daysBetween(fiveK.date, d.date);
      return after >= 1 && after <= 2;
    });
    expect(firstDays.flatMap((d) => d.workouts).filter((w) => w.durationMin > 0)).toEqual([]);
  });

  it("keeps most of its long run", () => {
    expect(week?.totals.longRunMin ?? 0).toBeGreaterThanOrEqual(
      0.6 * (before?.totals.longRunMin ?? 0),
    );
  });

  it("leaves a plan with no error", () => {
    expect(errorsOf(plan)).toEqual([]);
  });
});
