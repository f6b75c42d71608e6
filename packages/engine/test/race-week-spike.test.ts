/**
 * PR-3 holds in a race week too. A runner of about an hour a week, three weeks from a 100-mile
 * race: the taper ran one 17-to-21-minute session a week, and the race week added an easy run
 * to its sharp session (1.35× the four weeks before it, over the 1.2 cap), because a peaked
 * race week was taken to only fall. A B race's mini-taper of two runs at their floors after
 * weeks of one short session gave its load to one run fewer and was still over the cap
 * (2.36×): it now runs fewer again, as few as the cap allows (a 100K after weeks of one
 * 21-minute session).
 */
import { describe, expect, it } from "vitest";
import type { Plan, Week } from "../src/schema/plan.ts";
import { historyWeeks } from "./history-weeks.ts";
import { raceGoal } from "./race-goal.ts";
import { planOf } from "./scenario-arbitrary.ts";
import { errorsOf } from "./season-errors.ts";
import { trainingRunMin } from "./week-minutes.ts";

const hundredMilerFirst = planOf({
  startDate: "2027-05-03",
  seed: 634189,
  athlete: {
    level: "advanced",
    birthYear: 2003,
    history: { weeks: historyWeeks("2027-03-29", [113, 0, 113, 113, 0], 28, 1) },
  },
  constraints: {
    maxRunDaysPerWeek: 4,
    restDays: [],
    longRunDay: "wed",
    maxLongRunMin: 191,
    unavailable: [{ from: "2028-01-18", to: "2028-01-19" }],
    strength: true,
  },
  goals: [
    raceGoal("g1", "2027-05-28", "C", {
      distanceKm: 161,
      surface: "mountain",
      elevationGainM: 6440,
    }),
    raceGoal("g2", "2027-09-25", "C", { distanceKm: 100, surface: "road", elevationGainM: 300 }),
    raceGoal("g3", "2027-12-02", "C", { distanceKm: 42.2, surface: "road", elevationGainM: 127 }),
    raceGoal("g4", "2028-03-11", "C", {
      distanceKm: 50,
      surface: "mountain",
      elevationGainM: 3000,
    }),
  ],
});

const bRaceAfterSessions = planOf({
  startDate: "2027-02-08",
  seed: 488561,
  athlete: {
    level: "beginner",
    history: { weeks: historyWeeks("2027-01-04", [136, 0, 136, 136, 0], 34, 2) },
  },
  constraints: {
    maxRunDaysPerWeek: 5,
    restDays: ["sun"],
    longRunDay: "sat",
    maxLongRunMin: 93,
    maxWeeklyMin: 560,
    weekdayMaxMin: 46,
    unavailable: [
      { from: "2027-02-16", to: "2027-02-24" },
      { from: "2027-02-23", to: "2027-02-27" },
    ],
    strength: false,
  },
  goals: [
    raceGoal("g1", "2027-06-30", "B", { distanceKm: 100, elevationGainM: 0 }),
    raceGoal("g2", "2027-10-31", "A", { distanceKm: 10, surface: "trail", elevationGainM: 300 }),
    raceGoal("g3", "2028-02-19", "B", { distanceKm: 5, surface: "trail", elevationGainM: 150 }),
  ],
});

const raceWeekOf = (plan: Plan, goalId: string): Week => {
  const week = plan.weeks.find((w) => w.phase === "race" && w.goalId === goalId);
  if (!week) throw new Error(`no race week for ${goalId}`);
  return week;
};

const spikesOf = (plan: Plan) => errorsOf(plan).filter((f) => f.rule === "PR-3");

describe("a race week under PR-3's cap", () => {
  it("a peaked race week after a taper of one short session adds no run to it", () => {
    expect(spikesOf(hundredMilerFirst)).toEqual([]);
    const race = raceWeekOf(hundredMilerFirst, "g1");
    const lastTaper = hundredMilerFirst.weeks[race.index - 1] as Week;
    expect(lastTaper.phase).toBe("taper");
    expect(trainingRunMin(race)).toBeLessThanOrEqual(1.2 * trainingRunMin(lastTaper) + 5);
  });

  it("a B race's mini-taper over the cap runs as few runs as its cap allows", () => {
    expect(spikesOf(bRaceAfterSessions)).toEqual([]);
    const race = raceWeekOf(bRaceAfterSessions, "g1");
    expect(race.why).toContain("PR-3");
  });
});
