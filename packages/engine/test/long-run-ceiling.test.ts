/**
 * A small loading week on two or three run days: an easy run too short to stand alone
 * leaves the week, and its minutes go to the long run (within LR-1's step; LR-3 read again on
 * the week as built). Without them the week ran 10% under its target, and the next ramped
 * from what it ran.
 */
import { describe, expect, it } from "vitest";
import { generatePlan } from "../src/generate.ts";
import { validatePlan } from "../src/validate/validate.ts";
import { trainingRunMin } from "./week-minutes.ts";

const ran = { minutes: 262, runs: 4, longestRunMin: 66, vertM: 524 };
const off = { minutes: 0, runs: 0, longestRunMin: 0, vertM: 0 };
const starts = ["04-05", "04-12", "04-19", "04-26", "05-03", "05-10", "05-17", "05-24"];
const pattern = [ran, off, ran, ran, off, ran, ran, off];

describe("a beginner's road 60K on three run days a week, after a week away", () => {
  const result = generatePlan(
    {
      startDate: "2027-05-31",
      seed: 948919,
      athlete: {
        level: "beginner",
        history: { weeks: starts.map((d, i) => ({ start: `2027-${d}`, ...pattern[i] })) },
      },
      constraints: {
        maxRunDaysPerWeek: 6,
        restDays: ["mon", "sat", "sun"],
        longRunDay: "fri",
        maxLongRunMin: 99,
        weekdayMaxMin: 117,
        unavailable: [{ from: "2027-06-15", to: "2027-06-20" }],
        strength: false,
      },
      goals: [
        { id: "60k", date: "2027-11-13", distanceKm: 60, surface: "road", priority: "A" },
        {
          id: "trail",
          date: "2028-04-21",
          distanceKm: 80,
          surface: "trail",
          elevationGainM: 2400,
          priority: "C",
        },
        { id: "road", date: "2028-09-03", distanceKm: 80, surface: "road", priority: "B" },
      ],
    },
    { today: "2027-05-20" },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const plan = result.value;

  it("runs each loading week of the 60K's block within 5% of its target", () => {
    const loading = plan.weeks.filter(
      (w) =>
        w.goalId === "60k" &&
        ["base", "build", "specific", "peak"].includes(w.phase) &&
        w.kind !== "cutback",
    );
    expect(loading.length).toBeGreaterThan(10);
    for (const week of loading)
      expect(trainingRunMin(week), `week ${week.index}`).toBeGreaterThanOrEqual(
        0.95 * week.targets.volumeMin,
      );
  });

  it("keeps LR-3 and LR-1 on the week as built", () => {
    const long = validatePlan(plan).filter((f) => f.rule === "LR-1" || f.rule === "LR-3");
    expect(long).toEqual([]);
  });
});
