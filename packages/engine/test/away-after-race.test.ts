/**
 * Days away right after a race, a runner's holiday: the week after the race has only RC-1's
 * first days, or no running at all, and the week after that rebuilds.
 */
import { describe, expect, it } from "vitest";
import { generatePlan } from "../src/generate.ts";
import type { Plan, Week } from "../src/schema/plan.ts";
import type { ScenarioInput } from "../src/schema/scenario.ts";
import { validatePlan } from "../src/validate/validate.ts";
import { trainingRunMin } from "./week-minutes.ts";

function planOf(scenario: ScenarioInput): Plan {
  const result = generatePlan(scenario, { today: "2026-12-01" });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const weekHolding = (plan: Plan, date: string): number =>
  plan.weeks.findIndex((w) => w.days.some((d) => d.date === date));

const race = (id: string, date: string, distanceKm: number, priority: "A" | "B" | "C") => ({
  id,
  date,
  distanceKm,
  surface: "road" as const,
  elevationGainM: 30,
  priority,
});

describe("away from the Tuesday after a Sunday race", () => {
  const plan = planOf({
    startDate: "2027-01-04",
    seed: 994296,
    athlete: { level: "beginner", birthYear: 1985 },
    constraints: { unavailable: [{ from: "2027-04-20", to: "2027-04-26" }], strength: false },
    goals: [race("c", "2027-04-18", 5, "C"), race("a", "2027-07-11", 10, "A")],
  });

  it("leaves the week one short recovery jog on the day after the race, no long run, still 10% quality", () => {
    const after = plan.weeks[weekHolding(plan, "2027-04-18") + 1] as Week;
    const runs = after.days.flatMap((d) => d.workouts).filter((w) => w.durationMin > 0);
    expect(runs.map((w) => w.type)).toEqual(["recovery"]);
    expect(trainingRunMin(after)).toBeLessThanOrEqual(20);
    expect(validatePlan(plan).filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("a week away with no running at all after a race", () => {
  const plan = planOf({
    startDate: "2027-01-04",
    seed: 199018,
    athlete: { level: "beginner", birthYear: 1985 },
    constraints: { unavailable: [{ from: "2027-04-20", to: "2027-04-28" }], strength: true },
    goals: [race("a1", "2027-04-18", 5, "A"), race("a2", "2027-07-24", 5, "A")],
  });

  it("is no reason to skip PR-2: the week after rises at most the ramp cap over the last full week", () => {
    const raceWeek = weekHolding(plan, "2027-04-18");
    const [away, rebuild] = [raceWeek + 1, raceWeek + 2].map((i) => plan.weeks[i] as Week);
    expect(trainingRunMin(away as Week)).toBe(0);
    // The taper, the race week and its recovery are lighter weeks: the rebuild may return to
    // the last full loading week before them, no further.
    const lastFull = plan.weeks
      .slice(0, raceWeek)
      .findLast((w) => w.kind === "build" || w.kind === "base" || w.kind === "peak") as Week;
    expect(lastFull.phase).toBe("specific");
    const cap = 1 + plan.athleteProfile.rampCap;
    expect(trainingRunMin(rebuild as Week)).toBeLessThanOrEqual(trainingRunMin(lastFull) * cap);
    expect(validatePlan(plan).filter((f) => f.rule === "PR-2")).toEqual([]);
  });
});
