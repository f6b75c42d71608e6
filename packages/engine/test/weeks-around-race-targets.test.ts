/**
 * The weeks around a race target no more than their days can hold: a 100-miler's first
 * recovery week under RC-1's short runs (its weekly targets bar read 2 h 20 planned of
 * 4 h 35), a Monday race's week its recovery runs (42% of its target). Their whys tell them
 * as they run: rest around days away, a Monday race without a sharp session before it.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { policy } from "../src/constants.ts";
import { generatePlan } from "../src/generate.ts";
import type { Plan, Week } from "../src/schema/plan.ts";
import type { ScenarioInput } from "../src/schema/scenario.ts";
import { historyWeeks } from "./history-weeks.ts";
import { trainingRunMin } from "./week-minutes.ts";

function planOf(scenario: ScenarioInput): Plan {
  const result = generatePlan(scenario, { today: "2026-12-01" });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const example = (name: string): ScenarioInput =>
  JSON.parse(readFileSync(new URL(`../../../examples/${name}.json`, import.meta.url), "utf8"));

describe("the first recovery week after a 100-miler", () => {
  const plan = planOf(example("100mi-mountain-advanced"));
  const week = plan.weeks.find((w) => w.phase === "recovery") as Week;

  it("targets the recovery runs it holds, not a share of the peak they can't reach", () => {
    const runs = week.days.flatMap((d) => d.workouts).filter((w) => w.type === "recovery");
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.every((w) => w.durationMin <= policy.recoveryRunMaxMin)).toBe(true);
    expect(week.targets.volumeMin).toBe(week.totals.volumeMin);
  });

  it("names RC-1's runs as its limit, not the runner's days", () => {
    expect(week.why).toContain(`recovery runs of at most ${policy.recoveryRunMaxMin} min`);
    expect(week.why).not.toContain("capped by the time your days allow");
  });
});

describe("a recovery week spent away", () => {
  const plan = planOf({
    startDate: "2027-01-04",
    seed: 7,
    athlete: { level: "intermediate", birthYear: 1985 },
    constraints: { unavailable: [{ from: "2027-04-20", to: "2027-04-27" }], strength: false },
    goals: [
      {
        id: "a",
        date: "2027-04-18",
        distanceKm: 21.1,
        surface: "road",
        elevationGainM: 30,
        priority: "A",
      },
    ],
  });
  const week = plan.weeks.find((w) => w.phase === "recovery") as Week;

  it("runs nothing, and its why tells rest around the days away", () => {
    expect(trainingRunMin(week)).toBe(0);
    expect(week.why).toMatch(/^Recovery week 1 of \d around 6 days away: rest; /);
    expect(week.why).not.toContain("easy running");
  });
});

describe("a Monday 10K before a marathon, for a runner of three days", () => {
  const plan = planOf({
    startDate: "2027-01-04",
    seed: 3,
    athlete: {
      level: "advanced",
      birthYear: 1985,
      history: { weeks: historyWeeks("2026-12-07", [300, 300, 300, 300], 90, 0.5) },
    },
    constraints: { maxRunDaysPerWeek: 3, strength: false },
    goals: [
      {
        id: "a",
        date: "2027-04-19",
        distanceKm: 10,
        surface: "road",
        elevationGainM: 30,
        priority: "A",
      },
      {
        id: "b",
        date: "2027-09-26",
        distanceKm: 42.2,
        surface: "road",
        elevationGainM: 100,
        priority: "A",
      },
    ],
  });
  const week = plan.weeks.find((w) => w.phase === "race") as Week;

  it("targets the race and the recovery runs its two days left can hold", () => {
    const runs = week.days.flatMap((d) => d.workouts).filter((w) => w.type === "recovery");
    expect(runs.length).toBe(2);
    expect(week.targets.volumeMin).toBeLessThanOrEqual(week.totals.volumeMin * 1.1);
  });

  it("tells the race on Monday and the runs after it, no sharp session nor eve it doesn't hold", () => {
    expect(week.why).toMatch(/race on Monday; short recovery runs after it/);
    expect(week.why).not.toContain("sharp session");
  });
});
