/**
 * A 300-minute runner on four days a week, long run on Sunday (its 90 minutes are the 10K's
 * cap, LR-2): a key session, the long run and two easy runs. An easy run the day after the
 * long run is a recovery run of at most 40 minutes, so the first week fell to 266 minutes,
 * under PR-4's 270, and told the runner so. Easy days now keep away from the day after the
 * long run when others are free: the week starts where the runner is.
 */
import { describe, expect, it } from "vitest";
import type { Week } from "../src/schema/plan.ts";
import { validatePlan } from "../src/validate/validate.ts";
import { planOf } from "./scenario-arbitrary.ts";
import { trainingRunMin } from "./week-minutes.ts";

const week = (start: string) => ({
  start,
  minutes: 300,
  runs: 4,
  longestRunMin: 90,
  vertM: 200,
});

describe("the first week of a four-day runner with a Sunday long run", () => {
  const plan = planOf({
    startDate: "2027-01-04",
    seed: 4,
    athlete: {
      level: "advanced",
      birthYear: 1985,
      history: { weeks: ["2026-12-07", "2026-12-14", "2026-12-21", "2026-12-28"].map(week) },
    },
    constraints: {
      maxRunDaysPerWeek: 4,
      unavailable: [{ from: "2027-09-21", to: "2027-09-25" }],
      strength: false,
    },
    goals: [
      {
        id: "g1",
        date: "2027-02-28",
        distanceKm: 10,
        surface: "road",
        elevationGainM: 30,
        priority: "C",
      },
      {
        id: "g2",
        date: "2027-06-04",
        distanceKm: 10,
        surface: "trail",
        elevationGainM: 300,
        priority: "A",
      },
    ],
  });

  it("runs 90–110% of the usual week, with nothing to tell about PR-4", () => {
    const first = trainingRunMin(plan.weeks[0] as Week);
    expect(first).toBeGreaterThanOrEqual(0.9 * 300);
    expect(first).toBeLessThanOrEqual(1.1 * 300);
    expect(validatePlan(plan).filter((f) => f.rule === "PR-4")).toEqual([]);
    expect(validatePlan(plan).filter((f) => f.severity === "error")).toEqual([]);
  });
});
