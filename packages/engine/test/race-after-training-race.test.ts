/**
 * A training race the runner chose, whose days to recover reach the race that counts: run
 * easy it still takes them (RC-1), and no mode changes that (the season keeps its peak). The
 * runner is told, once, with what it costs.
 */
import { describe, expect, it } from "vitest";
import { generatePlan } from "../src/generate.ts";
import { validatePlan } from "../src/validate/validate.ts";

const history = Array.from({ length: 12 }, (_, i) => ({
  start: new Date(Date.UTC(2027, 2, 15 + 7 * i)).toISOString().slice(0, 10),
  minutes: 420,
  runs: 6,
  longestRunMin: 150,
}));
const ultra = (id: string, name: string, date: string, priority: "A" | "C") => ({
  id,
  name,
  date,
  distanceKm: 100,
  surface: "trail" as const,
  elevationGainM: 3000,
  priority,
});
const seasonWith = (trainingRaceDate: string) =>
  generatePlan(
    {
      startDate: "2027-06-07",
      seed: 1,
      athlete: { history: { weeks: history } },
      goals: [
        ultra("valley", "Valley 100K", trainingRaceDate, "C"),
        ultra("ridge", "Ridge 100K", "2027-10-10", "A"),
      ],
    },
    { today: "2027-06-01" },
  );

describe("a C 100K 18 days before the season's A 100K", () => {
  const result = seasonWith("2027-09-22");
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const plan = result.value;

  it("warns that the A race falls inside the training race's days to recover", () => {
    const warnings = plan.warnings.filter((w) => w.code === "RACE_AFTER_TRAINING_RACE");
    expect(warnings).toEqual([
      expect.objectContaining({
        id: "w-race-after-training-race-valley-ridge",
        rule: "RC-1",
        severity: "warn",
        date: "2027-10-10",
      }),
    ]);
    expect(warnings[0]?.message).toContain(
      "Ridge 100K on 10 Oct is 18 days after Valley 100K, inside the 21 days",
    );
    expect(validatePlan(plan).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("says nothing once the training race's recovery ends before the race", () => {
    const earlier = seasonWith("2027-09-12");
    if (!earlier.ok) throw new Error(JSON.stringify(earlier.error));
    expect(earlier.value.warnings.map((w) => w.code)).not.toContain("RACE_AFTER_TRAINING_RACE");
  });
});
