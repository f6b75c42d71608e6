/**
 * A 6-hour-a-week runner races a B half marathon, then spends most of the week after it
 * away. Neither week is a level to rebuild from: PR-2 measures the next week from the last
 * full week before them, and the next block starts there, not from the one run the runner
 * had time for.
 */
import { describe, expect, it } from "vitest";
import { generatePlan } from "../src/generate.ts";
import type { Week } from "../src/schema/plan.ts";
import { validatePlan } from "../src/validate/validate.ts";
import { trainingRunMin } from "./week-minutes.ts";

const history = ["2027-02-01", "2027-02-08", "2027-02-15", "2027-02-22"].map((start) => ({
  start,
  minutes: 360,
  runs: 5,
  longestRunMin: 100,
  vertM: 300,
}));

describe("the block after a B race and a week away", () => {
  const result = generatePlan(
    {
      startDate: "2027-03-01",
      seed: 7,
      athlete: { level: "intermediate", birthYear: 1985, history: { weeks: history } },
      constraints: { unavailable: [{ from: "2027-04-20", to: "2027-04-24" }] },
      goals: [
        {
          id: "hm",
          date: "2027-04-18",
          distanceKm: 21.1,
          surface: "road",
          elevationGainM: 50,
          priority: "B",
        },
        {
          id: "ultra",
          date: "2027-09-04",
          distanceKm: 50,
          surface: "trail",
          elevationGainM: 2000,
          priority: "A",
        },
      ],
    },
    { today: "2026-11-25" },
  );

  it("rebuilds from the last full week before the race, within PR-2", () => {
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const plan = result.value;
    const raceWeek = plan.weeks.findIndex((w) => w.days.some((d) => d.date === "2027-04-18"));
    const weekAt = (i: number) => plan.weeks[i] as Week;
    const [lastFull, away, rebuild] = [
      weekAt(raceWeek - 1),
      weekAt(raceWeek + 1),
      weekAt(raceWeek + 2),
    ];
    expect(trainingRunMin(away)).toBeLessThan(trainingRunMin(lastFull) / 2);
    expect(trainingRunMin(rebuild)).toBeGreaterThan(trainingRunMin(lastFull) * 0.8);
    expect(trainingRunMin(rebuild)).toBeLessThanOrEqual(
      trainingRunMin(lastFull) * (1 + plan.athleteProfile.rampCap),
    );
    expect(validatePlan(plan).filter((f) => f.severity === "error")).toEqual([]);
  });
});
