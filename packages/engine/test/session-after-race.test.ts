/**
 * RC-1: the first half of a race's hard-free days hold no session above easy when the week
 * has a day after them: a base week starting eight days after a B 100K keeps its fartlek
 * for the Sunday, not the Monday.
 */
import { describe, expect, it } from "vitest";
import { categoryOf, recoveryRunDaysAfter } from "../src/constants.ts";
import { daysBetween } from "../src/dates.ts";
import type { ScenarioInput } from "../src/schema/scenario.ts";
import { planOf } from "./scenario-arbitrary.ts";

const notSessions = new Set(["long", "strength", "mobility", "cross"]);

const usualWeek = (start: string) => ({
  start,
  minutes: 431,
  runs: 4,
  longestRunMin: 108,
  vertM: 1724,
});

const scenario: ScenarioInput = {
  startDate: "2027-03-08",
  seed: 2,
  athlete: {
    level: "beginner",
    birthYear: 1954,
    history: {
      weeks: ["2027-02-01", "2027-02-08", "2027-02-15", "2027-02-22", "2027-03-01"].map(usualWeek),
    },
  },
  constraints: {
    maxRunDaysPerWeek: 4,
    longRunDay: "thu",
    maxLongRunMin: 94,
    maxWeeklyMin: 517,
    weekdayMaxMin: 50,
  },
  goals: [
    {
      id: "ultra",
      date: "2027-04-25",
      distanceKm: 100,
      surface: "trail",
      elevationGainM: 1000,
      priority: "B",
    },
    {
      id: "tune-up",
      date: "2027-07-03",
      distanceKm: 5,
      surface: "mountain",
      elevationGainM: 300,
      priority: "B",
    },
    {
      id: "goal",
      date: "2027-07-07",
      distanceKm: 5,
      surface: "mountain",
      elevationGainM: 300,
      priority: "A",
    },
  ],
};

describe("the week after a 100K's recovery week", () => {
  it("keeps its session above easy past the first half of RC-1's window", () => {
    const plan = planOf(scenario);
    const through = recoveryRunDaysAfter(categoryOf(100));
    const week = plan.weeks.find((w) => w.startDate === "2027-05-03");
    const sessions = (week?.days ?? []).flatMap((d) =>
      d.workouts
        .filter((w) => w.intensity !== "easy" && !notSessions.has(w.type))
        .map((w) => ({ type: w.type, after: daysBetween("2027-04-25", d.date) })),
    );
    expect(sessions.length).toBeGreaterThan(0);
    for (const s of sessions) expect(s.after, s.type).toBeGreaterThan(through);
  });
});
