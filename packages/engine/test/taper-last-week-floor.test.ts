/**
 * A two-week taper of small weeks (a random season's, its last block eroded to half an hour
 * a week): both weeks cut their session to two pickups and ran 14 + 15 = 29 minutes, the
 * second no lower than the first (TP-2). Only the taper's last week may go under the usual
 * 16-minute pickups now, so the week before it keeps them and the taper falls.
 */
import { describe, expect, it } from "vitest";
import { historyWeeks } from "./history-weeks.ts";
import { planOf } from "./scenario-arbitrary.ts";
import { errorsOf } from "./season-errors.ts";

describe("a short taper at the sessions' floors", () => {
  const plan = planOf({
    startDate: "2027-02-15",
    seed: 675897,
    athlete: {
      level: "intermediate",
      birthYear: 1953,
      history: { weeks: historyWeeks("2027-01-11", [261, 0, 261, 261, 0], 65, 1) },
    },
    constraints: {
      maxRunDaysPerWeek: 5,
      restDays: [],
      longRunDay: "thu",
      maxLongRunMin: 345,
      maxWeeklyMin: 633,
      weekdayMaxMin: 49,
      unavailable: [
        { from: "2027-02-16", to: "2027-02-24" },
        { from: "2027-11-23", to: "2027-11-30" },
      ],
      strength: false,
    },
    goals: [
      {
        id: "g1",
        date: "2027-05-17",
        distanceKm: 50,
        surface: "trail",
        elevationGainM: 500,
        priority: "A",
      },
      {
        id: "g2",
        date: "2027-07-31",
        distanceKm: 30,
        surface: "mountain",
        elevationGainM: 1800,
        priority: "A",
      },
      {
        id: "g3",
        date: "2027-09-13",
        distanceKm: 30,
        surface: "mountain",
        elevationGainM: 1800,
        priority: "B",
      },
      {
        id: "g4",
        date: "2028-01-14",
        distanceKm: 30,
        surface: "road",
        elevationGainM: 90,
        priority: "A",
      },
    ],
  });
  const taper = plan.weeks.filter((w) => w.goalId === "g4" && w.phase === "taper");

  it("falls week by week", () => {
    const runs = taper.map((w) => w.totals.runMin);
    expect(runs.length).toBeGreaterThan(1);
    for (let i = 1; i < runs.length; i++) expect(runs[i]).toBeLessThan(runs[i - 1] ?? 0);
    expect(errorsOf(plan).filter((f) => f.rule === "TP-2")).toEqual([]);
  });
});
