/**
 * A recovery week's target asks no more than RC-1's short runs can hold (the weekly targets
 * bar of a 100-miler's first recovery week read 4 h 35 planned at 2 h 20), and its why tells
 * a week of rest around days away as rest.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { policy } from "../src/constants.ts";
import { generatePlan } from "../src/generate.ts";
import type { Plan, Week } from "../src/schema/plan.ts";
import type { ScenarioInput } from "../src/schema/scenario.ts";
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
    expect(week.why).not.toContain("Capped by the time your days allow");
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
