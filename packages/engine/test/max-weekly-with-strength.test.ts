/**
 * PR-4 with strength and mobility. The athlete's weekly maximum holds the week's strength and
 * mobility as well as its running, and those grow with the running in steps (a 30-minute
 * session from two hours a week, mobility once they fit). The running was cut by what a
 * bigger week's extras would take, and fell far under the maximum: 26 minutes of running in
 * a 68-minute week. It is now the most running whose own extras still fit.
 */
import { describe, expect, it } from "vitest";
import { addDays } from "../src/dates.ts";
import { planOf } from "./scenario-arbitrary.ts";

const maxWeeklyMin = 68;

describe("a mountain 30K on 68 minutes a week at most", () => {
  // An advanced runner's ten weeks: 196 minutes most weeks, some missed, a big last one.
  const minutes = [196, 0, 196, 196, 0, 196, 196, 0, 196, 518];
  const plan = planOf({
    startDate: "2027-06-07",
    seed: 214755,
    athlete: {
      level: "advanced",
      history: {
        weeks: minutes.map((m, i) => ({
          start: addDays("2027-03-29", 7 * i),
          minutes: m,
          runs: m === 0 ? 0 : m > 200 ? 6 : 4,
          longestRunMin: m === 0 ? 0 : m > 200 ? 181 : 49,
          vertM: 0,
        })),
      },
    },
    constraints: {
      maxRunDaysPerWeek: 3,
      restDays: ["mon", "fri"],
      longRunDay: "sat",
      maxWeeklyMin,
      weekdayMaxMin: 100,
      strength: true,
    },
    goals: [
      {
        id: "goal",
        date: "2027-12-05",
        distanceKm: 30,
        surface: "mountain",
        elevationGainM: 1200,
        priority: "A",
      },
    ],
  });
  const peakWeeks = plan.weeks.filter((w) => w.phase === "peak");

  it("runs its peak weeks up to the weekly maximum, strength included", () => {
    expect(peakWeeks.length).toBeGreaterThan(0);
    for (const week of peakWeeks) {
      expect(week.totals.volumeMin).toBeLessThanOrEqual(maxWeeklyMin);
      // Five minutes: easy runs round to five.
      expect(week.totals.volumeMin, week.why).toBeGreaterThanOrEqual(maxWeeklyMin - 5);
      expect(week.totals.runMin).toBeGreaterThan(week.totals.volumeMin / 2);
    }
  });
});
