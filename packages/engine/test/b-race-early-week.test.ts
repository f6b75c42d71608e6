/**
 * MG-1: a B race gets a mini-taper of 4–7 days. On a Monday its race week holds no day before
 * it, so the mini-taper is the week before, cut as the block's last cutback and labelled a
 * taper: that week was the block's biggest.
 */
import { describe, expect, it } from "vitest";
import type { Week } from "../src/schema/plan.ts";
import type { ScenarioInput } from "../src/schema/scenario.ts";
import { validatePlan } from "../src/validate/validate.ts";
import { planOf } from "./scenario-arbitrary.ts";
import { trainingRunMin } from "./week-minutes.ts";

const usualWeek = (start: string) => ({
  start,
  minutes: 300,
  runs: 4,
  longestRunMin: 90,
  vertM: 200,
});

const scenario: ScenarioInput = {
  startDate: "2027-01-04",
  seed: 213382,
  athlete: {
    level: "advanced",
    birthYear: 1985,
    history: { weeks: ["2026-12-07", "2026-12-14", "2026-12-21", "2026-12-28"].map(usualWeek) },
  },
  constraints: {
    maxRunDaysPerWeek: 4,
    unavailable: [{ from: "2027-01-26", to: "2027-02-03" }],
    strength: true,
  },
  goals: [
    {
      id: "spring",
      name: "Spring 10K",
      date: "2027-03-08",
      distanceKm: 10,
      surface: "trail",
      elevationGainM: 300,
      priority: "B",
    },
    {
      id: "summer",
      name: "Summer 10K",
      date: "2027-07-11",
      distanceKm: 10,
      surface: "road",
      elevationGainM: 30,
      priority: "A",
    },
  ],
};

describe("a B race on a Monday", () => {
  const plan = planOf(scenario);
  const raceWeek = plan.weeks.findIndex((w) => w.days.some((d) => d.date === "2027-03-08"));
  const twoBefore = plan.weeks[raceWeek - 2] as Week;
  const before = plan.weeks[raceWeek - 1] as Week;

  it("has its mini-taper in the week before, labelled and told so, a cutback's fall lighter than the week before it", () => {
    expect(before.kind).toBe("taper");
    expect(before.why).toMatch(/^Mini-taper for Spring 10K, a B race early next week \(MG-1\)/);
    const drop = 1 - trainingRunMin(before) / trainingRunMin(twoBefore);
    expect(drop).toBeGreaterThanOrEqual(0.2);
    expect(drop).toBeLessThanOrEqual(0.35);
  });

  it("breaks no rule", () => {
    expect(validatePlan(plan).filter((f) => f.severity === "error")).toEqual([]);
  });
});
