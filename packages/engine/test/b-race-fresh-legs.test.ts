/**
 * MG-1: a B race gets a mini-taper, and it ends on fresh legs as a peak's race week does. A
 * runner of three days a week with a B 100K on a Sunday had an easy run of 108 minutes on
 * the Friday, two days before it: the week's minutes went to the days it had. The two days
 * before a B race now hold no easy run over an hour, as the two days before a peak's race,
 * and the race week's target reads that hour where few run days may put a run.
 */
import { describe, expect, it } from "vitest";
import { addDays } from "../src/dates.ts";
import { generatePlan } from "../src/generate.ts";
import { validatePlan } from "../src/validate/validate.ts";

const result = generatePlan(
  {
    startDate: "2027-01-04",
    seed: 145918,
    athlete: { level: "advanced", birthYear: 1985 },
    constraints: { maxRunDaysPerWeek: 3, strength: true },
    goals: [
      {
        id: "road",
        date: "2027-04-25",
        distanceKm: 100,
        surface: "road",
        elevationGainM: 300,
        priority: "B",
      },
      {
        id: "alps",
        date: "2027-08-01",
        distanceKm: 80,
        surface: "mountain",
        elevationGainM: 4800,
        priority: "A",
      },
    ],
  },
  { today: "2026-12-01" },
);
if (!result.ok) throw new Error(JSON.stringify(result.error));
const plan = result.value;

describe("a three-day runner's B 100K on a Sunday", () => {
  const raceWeek = plan.weeks.find((w) => w.days.some((d) => d.date === "2027-04-25"));

  it("runs no easy run over an hour in the two days before it", () => {
    const before = new Set([addDays("2027-04-25", -2), addDays("2027-04-25", -1)]);
    const runs = plan.weeks
      .flatMap((w) => w.days)
      .filter((d) => before.has(d.date))
      .flatMap((d) => d.workouts)
      .filter((w) => w.type === "easy");
    expect(runs.length).toBeGreaterThan(0);
    for (const run of runs) expect(run.durationMin).toBeLessThanOrEqual(60);
  });

  it("asks of the race week what its days hold", () => {
    if (!raceWeek) throw new Error("the plan holds the race");
    expect(raceWeek.totals.volumeMin).toBeGreaterThanOrEqual(0.7 * raceWeek.targets.volumeMin);
  });

  it("keeps every rule", () => {
    expect(validatePlan(plan).filter((f) => f.severity === "error")).toEqual([]);
  });
});
