/**
 * An athlete without a recorded history, away for most of the plan's first week: the plan
 * knows only the usual week the profile assumes for the level, and comes back to it after the
 * trip instead of ramping from what the away week held (PR-2, PR-3).
 */
import { describe, expect, it } from "vitest";
import { generatePlan } from "../src/generate.ts";
import type { Level } from "../src/schema/scenario.ts";
import { validatePlan } from "../src/validate/validate.ts";
import { trainingRunMin } from "./week-minutes.ts";

const seasonFor = (level: Level, longKm: number) =>
  generatePlan(
    {
      startDate: "2027-03-01",
      seed: 3,
      athlete: { level },
      // Only the Monday is free.
      constraints: { unavailable: [{ from: "2027-03-02", to: "2027-03-07" }] },
      goals: [
        { id: "half", date: "2027-05-16", distanceKm: 21.1, surface: "road", priority: "B" },
        {
          id: "trail",
          date: "2027-07-18",
          distanceKm: longKm,
          surface: "trail",
          elevationGainM: longKm * 20,
          priority: "A",
        },
      ],
    },
    { today: "2027-02-20" },
  );

describe.each([
  ["beginner", 10],
  ["intermediate", 50],
  ["advanced", 42.2],
] as const)("a %s without history, away in the first week", (level, longKm) => {
  const result = seasonFor(level, longKm);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const plan = result.value;
  const usual = plan.athleteProfile.chronicWeeklyMin;

  it("comes back near the assumed usual week the week after", () => {
    const [away, back] = plan.weeks;
    if (!away || !back) throw new Error("a plan of more than a week");
    expect(plan.athleteProfile.hasHistory).toBe(false);
    expect(trainingRunMin(away)).toBeLessThan(0.5 * usual);
    expect(trainingRunMin(back)).toBeGreaterThanOrEqual(0.7 * usual);
  });

  it("breaks no rule", () => {
    expect(validatePlan(plan).filter((f) => f.severity === "error")).toEqual([]);
  });
});
