/**
 * SP-3: the long run's carbohydrate target climbs through a block's specific and peak weeks
 * to 60 g/h or more. A week whose only run is a training race practises nothing, so the
 * climb must peak by the last week that has a run of its own.
 */
import { describe, expect, it } from "vitest";
import { generatePlan } from "../src/generate.ts";
import { validatePlan } from "../src/validate/validate.ts";

// Twelve weeks of 252 min on four runs, one week in three missed.
const minutes = [252, 0, 252, 252, 0, 252, 252, 0, 252, 252, 0, 252];
const history = minutes.map((m, i) => ({
  start: new Date(Date.UTC(2027, 2, 1 + 7 * i)).toISOString().slice(0, 10),
  minutes: m,
  runs: m > 0 ? 4 : 0,
  longestRunMin: m > 0 ? 63 : 0,
  vertM: m,
}));

describe("a 100K block whose peak week holds a 100-mile training race", () => {
  const result = generatePlan(
    {
      startDate: "2027-05-24",
      seed: 863358,
      athlete: { level: "intermediate", birthYear: 1955, history: { weeks: history } },
      constraints: { maxRunDaysPerWeek: 3, longRunDay: "thu", weekdayMaxMin: 146, strength: true },
      goals: [
        {
          id: "g1",
          date: "2027-12-13",
          distanceKm: 60,
          surface: "trail",
          elevationGainM: 600,
          priority: "A",
        },
        {
          id: "g2",
          date: "2028-02-01",
          distanceKm: 30,
          surface: "mountain",
          elevationGainM: 1800,
          priority: "A",
        },
        {
          id: "g3",
          date: "2028-03-05",
          distanceKm: 161,
          surface: "mountain",
          elevationGainM: 9660,
          priority: "C",
        },
        {
          id: "g4",
          date: "2028-03-25",
          distanceKm: 100,
          surface: "trail",
          elevationGainM: 3000,
          priority: "A",
        },
      ],
    },
    { today: "2026-11-25" },
  );

  it("reaches 60 g/h on the last long run it practises on", () => {
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const plan = result.value;
    const block = plan.weeks.filter(
      (w) => w.goalId === "g4" && (w.phase === "specific" || w.phase === "peak"),
    );
    // "Fueling practice: 55 g carbohydrate per hour, …" on the long run.
    const targets = block
      .flatMap((w) => w.days.flatMap((d) => d.workouts).flatMap((x) => x.notes))
      .flatMap((note) => /(\d+) g carbohydrate per hour/.exec(note)?.[1] ?? [])
      .map(Number);
    expect(targets.length).toBeGreaterThan(0);
    expect(Math.max(...targets)).toBeGreaterThanOrEqual(60);
    expect(validatePlan(plan).filter((f) => f.rule === "SP-3")).toEqual([]);
  });
});
