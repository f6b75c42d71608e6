/**
 * PR-3 after a race, for a runner of about an hour a week: the four weeks before a loading
 * week held RC-1's rest and little else, and the spike cap left its running no room beside
 * the strength session. Refilling a week cut under the cap scaled its running by the share
 * it was cut by: from no running at all, a division by zero that wrote "NaN" minutes into
 * the weeks after it.
 */
import { describe, expect, it } from "vitest";
import { addDays } from "../src/dates.ts";
import { planSchema } from "../src/schema/plan.ts";
import type { ScenarioInput } from "../src/schema/scenario.ts";
import { planOf } from "./scenario-arbitrary.ts";

const weeks = [112, 0, 296, 112, 0, 112, 112, 0, 112, 112, 0].map((minutes, i) => ({
  start: addDays("2026-10-05", i * 7),
  minutes,
  runs: minutes > 200 ? 6 : minutes > 0 ? 4 : 0,
  longestRunMin: minutes > 200 ? 104 : minutes > 0 ? 28 : 0,
  vertM: 0,
}));

const goal = (id: string, date: string, distanceKm: number, gain: number) => ({
  id,
  date,
  distanceKm,
  surface: gain > 1000 ? ("trail" as const) : ("road" as const),
  elevationGainM: gain,
  priority: "A" as const,
  mode: "peak" as const,
});

const scenario: ScenarioInput = {
  startDate: "2026-12-21",
  seed: 470443,
  athlete: { level: "beginner", history: { weeks } },
  constraints: {
    maxRunDaysPerWeek: 3,
    restDays: ["mon"],
    longRunDay: "sun",
    maxWeeklyMin: 537,
    weekdayMaxMin: 144,
    unavailable: [
      { from: "2027-01-19", to: "2027-01-27" },
      { from: "2027-09-21", to: "2027-09-26" },
    ],
    strength: true,
  },
  goals: [
    { ...goal("first", "2027-01-12", 60, 600), surface: "trail", priority: "C" },
    goal("summer", "2027-06-12", 80, 2400),
    goal("hundred", "2027-10-15", 161, 483),
    { ...goal("last", "2027-12-01", 50, 150), mode: null },
  ],
};

describe("a loading week the spike cap left without running", () => {
  it("plans whole minutes in every week after it", () => {
    const plan = planOf(scenario);
    expect(planSchema.safeParse(plan).success).toBe(true);
    for (const week of plan.weeks)
      expect(Number.isFinite(week.totals.volumeMin), `week ${week.index}`).toBe(true);
  });
});
