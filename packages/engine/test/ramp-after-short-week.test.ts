/**
 * A week its days could not fill runs under its target. When the next week's ramp (PR-2) is
 * measured from it, that week must be cut from its target, not from what it ran: a runner
 * who rests Monday, Tuesday, Friday and Saturday, weekdays capped at 75 minutes, with a
 * Monday training race whose eve empties the Sunday before it.
 */
import { describe, expect, it } from "vitest";
import { generatePlan } from "../src/generate.ts";
import type { Week } from "../src/schema/plan.ts";
import { validatePlan } from "../src/validate/validate.ts";
import { trainingRunMin } from "./week-minutes.ts";

const history = ["2027-05-31", "2027-06-07", "2027-06-14", "2027-06-21"].map((start) => ({
  start,
  minutes: 406,
  runs: 4,
  longestRunMin: 102,
  vertM: 812,
}));

describe("the week after a training race that followed a short week", () => {
  const result = generatePlan(
    {
      startDate: "2027-06-28",
      seed: 999994,
      athlete: { level: "advanced", birthYear: 2003, history: { weeks: history } },
      constraints: {
        restDays: ["mon", "tue", "fri", "sat"],
        maxWeeklyMin: 724,
        weekdayMaxMin: 75,
        strength: false,
      },
      goals: [
        {
          id: "c",
          date: "2027-07-26",
          distanceKm: 30,
          surface: "trail",
          elevationGainM: 300,
          priority: "C",
        },
        {
          id: "a",
          date: "2027-09-06",
          distanceKm: 50,
          surface: "mountain",
          elevationGainM: 3000,
          priority: "A",
        },
      ],
    },
    { today: "2026-11-25" },
  );

  it("rises at most the ramp cap over the last full week (PR-2)", () => {
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const plan = result.value;
    const raceWeek = plan.weeks.findIndex((w) => w.days.some((d) => d.date === "2027-07-26"));
    const [short, after] = [plan.weeks[raceWeek - 1] as Week, plan.weeks[raceWeek + 1] as Week];
    // The week before the race ran well under its target: its Sunday is the race's eve.
    expect(trainingRunMin(short)).toBeLessThan(short.targets.volumeMin * 0.7);
    const cap = 1 + plan.athleteProfile.rampCap;
    expect(trainingRunMin(after)).toBeLessThanOrEqual(trainingRunMin(short) * cap);
    expect(validatePlan(plan).filter((f) => f.rule === "PR-2")).toEqual([]);
  });
});
