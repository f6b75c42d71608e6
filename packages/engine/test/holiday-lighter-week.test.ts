/**
 * A week mostly away is the stretch's lighter week: the cutback rhythm starts again after it,
 * rather than a cutback right after the holiday holding the runner down for months.
 */
import { describe, expect, it } from "vitest";
import { generatePlan } from "../src/generate.ts";
import type { Plan, Week } from "../src/schema/plan.ts";
import { validatePlan } from "../src/validate/validate.ts";
import { labelStreakBreaks } from "./cutback-labels.ts";
import { trainingRunMin } from "./week-minutes.ts";

const history = Array.from({ length: 12 }, (_, i) => ({
  start: new Date(Date.UTC(2026, 9, 12 + 7 * i)).toISOString().slice(0, 10),
  minutes: 330,
  runs: 5,
  longestRunMin: 100,
}));

function planAwayFrom(from: string, to: string): Plan {
  const result = generatePlan(
    {
      startDate: "2027-01-04",
      seed: 11,
      athlete: { level: "intermediate", birthYear: 1988, history: { weeks: history } },
      constraints: { unavailable: [{ from, to }], strength: false },
      goals: [{ id: "half", date: "2027-06-27", distanceKm: 21.1, surface: "road", priority: "A" }],
    },
    { today: "2026-12-01" },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe("six days away the week before a cutback was due", () => {
  // Weeks 0–9 load with a cutback every fourth week; the holiday is week 10 (Mon–Sat).
  const plan = planAwayFrom("2027-03-15", "2027-03-20");
  const run = (i: number) => trainingRunMin(plan.weeks[i] as Week);

  it("takes the holiday as the lighter week: the week after it trains, no second light week", () => {
    expect(run(10)).toBeLessThan(0.4 * run(9));
    // Labelled so: the rhythm and the return after it read the same from the labels (PR-1, PR-2).
    expect(plan.weeks[10]?.kind).toBe("cutback");
    expect(plan.weeks[11]?.kind).not.toBe("cutback");
    for (const i of [11, 12, 13]) expect(run(i)).toBeGreaterThanOrEqual(0.85 * run(9));
  });

  it("lays the next cutbacks from the holiday on, within the rules", () => {
    const cutbacks = plan.weeks.filter((w) => w.kind === "cutback").map((w) => w.index);
    expect(cutbacks.find((i) => i > 10)).toBeLessThanOrEqual(10 + plan.athleteProfile.cutbackEvery);
    expect(validatePlan(plan).filter((f) => f.severity === "error")).toEqual([]);
    expect(labelStreakBreaks(plan)).toEqual([]);
  });
});
