/**
 * A training race squeezes its week's long run: on three run days a week, a 37-minute "long
 * run" would be the step every later long run grows from (LR-1), and the weeks with it.
 */
import { describe, expect, it } from "vitest";
import { generatePlan } from "../src/generate.ts";
import type { Week, Workout } from "../src/schema/plan.ts";
import { validatePlan } from "../src/validate/validate.ts";
import { trainingRunMin } from "./week-minutes.ts";

const trail10k = (id: string, date: string, priority: "A" | "C") => ({
  id,
  date,
  distanceKm: 10,
  surface: "trail" as const,
  elevationGainM: 300,
  priority,
});

describe("a Saturday training race in a week of three runs", () => {
  const result = generatePlan(
    {
      startDate: "2027-01-04",
      seed: 695289,
      athlete: { level: "advanced", birthYear: 1985 },
      constraints: { maxRunDaysPerWeek: 3, strength: true },
      goals: [trail10k("c", "2027-03-13", "C"), trail10k("a", "2027-07-31", "A")],
    },
    { today: "2026-12-01" },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const plan = result.value;
  const raceWeek = plan.weeks.findIndex((w) => w.days.some((d) => d.date === "2027-03-13"));
  const longOf = (w: Week | undefined): Workout | undefined =>
    w?.days.flatMap((d) => d.workouts).find((x) => x.type === "long");

  it("runs what the race leaves as an easy run, not a stub long run", () => {
    const before = longOf(plan.weeks[raceWeek - 1]);
    const inRaceWeek = longOf(plan.weeks[raceWeek]);
    expect(before).toBeDefined();
    if (inRaceWeek)
      expect(inRaceWeek.durationMin).toBeGreaterThan(0.75 * (before?.durationMin ?? 0));
  });

  it("keeps the weeks after the race at the level before it", () => {
    const level = trainingRunMin(plan.weeks[raceWeek - 1] as Week);
    const after = longOf(plan.weeks[raceWeek + 1]);
    expect(after?.durationMin).toBeGreaterThanOrEqual(
      0.9 * (longOf(plan.weeks[raceWeek - 1])?.durationMin ?? 0),
    );
    for (const i of [raceWeek + 1, raceWeek + 2])
      expect(trainingRunMin(plan.weeks[i] as Week)).toBeGreaterThanOrEqual(0.85 * level);
    expect(validatePlan(plan).filter((f) => f.severity === "error")).toEqual([]);
  });
});
