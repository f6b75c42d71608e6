/**
 * A trail 5K (150 m) on a Monday, then a mountain 50K (3,000 m) seven weeks later. The weeks
 * before the 5K climbed up to 2,275 m for the 50K ahead; its race week ran only flat recovery
 * runs after the race, and SP-1's 25% a week then rose from nothing: 100 m the week after,
 * and the 50K's own weeks peaked at 194 m, its taper climbing more than its peak. A week that
 * climbs nothing is now no level for the rise (as a week away), and each hilly ultra's peak
 * week reaching 60% of its gain is carried backwards through the weeks before it.
 */
import { describe, expect, it } from "vitest";
import { generatePlan } from "../src/generate.ts";
import { validatePlan } from "../src/validate/validate.ts";

const week = (start: string) => ({ start, minutes: 226, runs: 4, longestRunMin: 68, vertM: 200 });
const result = generatePlan(
  {
    startDate: "2027-01-04",
    seed: 6,
    athlete: {
      level: "intermediate",
      birthYear: 1985,
      history: { weeks: ["2026-12-14", "2026-12-21", "2026-12-28"].map(week) },
    },
    constraints: { maxRunDaysPerWeek: 4, strength: false },
    goals: [
      {
        id: "g1",
        date: "2027-03-29",
        distanceKm: 5,
        surface: "trail",
        elevationGainM: 150,
        priority: "A",
      },
      {
        id: "g2",
        date: "2027-05-17",
        distanceKm: 50,
        surface: "mountain",
        elevationGainM: 3000,
        priority: "A",
      },
    ],
  },
  { today: "2026-12-01" },
);
if (!result.ok) throw new Error(JSON.stringify(result.error));
const plan = result.value;
const climbed = (w: (typeof plan.weeks)[number]) =>
  w.days.flatMap((d) => d.workouts).reduce((s, x) => s + (x.type === "race" ? 0 : x.vertM), 0);

describe("a mountain 50K seven weeks after a trail 5K", () => {
  it("keeps climbing through the 5K's recovery: the week after it is no 100-metre restart", () => {
    const recovery = plan.weeks.find((w) => w.phase === "recovery" && w.goalId === "g1");
    expect(recovery && climbed(recovery)).toBeGreaterThan(500);
  });

  it("peaks the 50K's own block over half its gain, its taper climbing less than its peak", () => {
    const own = plan.weeks.filter((w) => w.goalId === "g2");
    const loading = own.filter((w) => ["base", "build", "specific", "peak"].includes(w.phase));
    const peak = Math.max(...loading.map(climbed));
    expect(peak).toBeGreaterThan(0.5 * 3000);
    for (const w of own.filter((x) => x.phase === "taper")) expect(climbed(w)).toBeLessThan(peak);
  });

  it("keeps every rule", () => {
    expect(validatePlan(plan).filter((f) => f.severity === "error")).toEqual([]);
  });
});
