/**
 * Small weeks and short weekdays. A runner of under an hour a week runs two sessions whose
 * floors (16-min pickups, a 20-min long run) hold a cutback within 20% of the week before,
 * unless its long run may be as short as a shake-out. Tapers of a runner whose weekdays are short (a cap of about 50 min) and whose week holds
 * three or four runs: the floors of a long run, a sharp session and a shake-out fill most of
 * the taper, so it falls only if the sharp session gives way, and stays mostly easy (IN-1)
 * only if it is read again once the race's seven days have shortened the easy runs.
 */
import { describe, expect, it } from "vitest";
import type { Plan, Week } from "../src/schema/plan.ts";
import { validatePlan } from "../src/validate/validate.ts";
import { planOf } from "./scenario-arbitrary.ts";
import { trainingRunMin } from "./week-minutes.ts";

const errorsOf = (plan: Plan, rule: string) =>
  validatePlan(plan).filter((f) => f.severity === "error" && f.rule === rule);

describe("a taper whose long run is already at its floor", () => {
  const plan = planOf({
    startDate: "2027-02-15",
    seed: 488238,
    athlete: { level: "advanced", birthYear: 1950 },
    constraints: { maxRunDaysPerWeek: 4, restDays: ["tue"], weekdayMaxMin: 47, strength: true },
    goals: [
      {
        id: "g1",
        date: "2027-10-11",
        distanceKm: 60,
        surface: "trail",
        elevationGainM: 600,
        priority: "B",
      },
      {
        id: "g2",
        date: "2028-01-09",
        distanceKm: 161,
        surface: "trail",
        elevationGainM: 4830,
        priority: "A",
      },
      {
        id: "g3",
        date: "2028-03-17",
        distanceKm: 21.1,
        surface: "road",
        elevationGainM: 63,
        priority: "A",
      },
      {
        id: "g4",
        date: "2028-07-21",
        distanceKm: 42.2,
        surface: "trail",
        elevationGainM: 1266,
        priority: "C",
      },
    ],
  });

  it("still runs less each taper week than the week before (TP-2)", () => {
    const tapers = plan.weeks.filter((w) => w.phase === "taper");
    expect(tapers.length).toBeGreaterThan(2);
    for (const week of tapers) {
      const before = plan.weeks[week.index - 1] as Week;
      expect(trainingRunMin(week)).toBeLessThan(trainingRunMin(before));
    }
    expect(errorsOf(plan, "TP-2")).toEqual([]);
  });
});

describe("a last taper week whose easy runs fall in the race's seven days", () => {
  const plan = planOf({
    startDate: "2027-03-15",
    seed: 444138,
    athlete: { level: "advanced" },
    constraints: {
      maxRunDaysPerWeek: 3,
      restDays: ["mon"],
      longRunDay: "wed",
      weekdayMaxMin: 51,
      strength: true,
    },
    goals: [
      {
        id: "g1",
        date: "2027-12-07",
        distanceKm: 120,
        surface: "trail",
        elevationGainM: 1200,
        priority: "B",
      },
      {
        id: "g2",
        date: "2028-06-06",
        distanceKm: 21.1,
        surface: "road",
        elevationGainM: 63,
        priority: "A",
      },
    ],
  });

  it("keeps its sharp session within IN-1's share of the week", () => {
    const tapers = plan.weeks.filter((w) => w.phase === "taper");
    expect(tapers.length).toBeGreaterThan(0);
    for (const week of tapers) expect(week.totals.easyShare).toBeGreaterThanOrEqual(0.8);
    expect(errorsOf(plan, "IN-1")).toEqual([]);
  });
});

describe("a cutback in a week of two short runs", () => {
  // Under an hour a week, every other week missed: four runs of 28 min, then none.
  const week = (start: string, minutes: number) => ({
    start,
    minutes,
    runs: minutes > 0 ? 4 : 0,
    longestRunMin: minutes > 0 ? 28 : 0,
    vertM: minutes > 0 ? 222 : 0,
  });
  const plan = planOf({
    startDate: "2026-12-14",
    seed: 367630,
    athlete: {
      birthYear: 1997,
      history: {
        weeks: [
          week("2026-11-09", 111),
          week("2026-11-16", 0),
          week("2026-11-23", 111),
          week("2026-11-30", 111),
          week("2026-12-07", 0),
        ],
      },
    },
    constraints: { restDays: ["mon"], weekdayMaxMin: 49, strength: true },
    goals: [
      {
        id: "g1",
        date: "2027-03-16",
        distanceKm: 15,
        surface: "trail",
        elevationGainM: 150,
        priority: "A",
      },
      {
        id: "g2",
        date: "2027-04-04",
        distanceKm: 100,
        surface: "road",
        elevationGainM: 300,
        priority: "B",
      },
    ],
  });

  it("still drops 20–35% from the week before, with a shorter long run (PR-1)", () => {
    const cutbacks = plan.weeks.filter((w) => w.kind === "cutback" && w.index > 0);
    expect(cutbacks.length).toBeGreaterThan(1);
    for (const week of cutbacks) {
      const before = trainingRunMin(plan.weeks[week.index - 1] as Week);
      const kept = trainingRunMin(week) / before;
      expect(kept).toBeLessThanOrEqual(0.8 + 1e-9);
      expect(kept).toBeGreaterThanOrEqual(0.65 - 1e-9);
    }
    expect(errorsOf(plan, "PR-1")).toEqual([]);
  });
});
