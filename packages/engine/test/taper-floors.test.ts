/**
 * A small taper at its sessions' floors: a 16-minute fartlek and a 15-minute easy run are
 * the least a taper week holds (TP-2 keeps its days and its intensity), so a week planned
 * under them rounds back up — to the week before it, unless the week is fitted again.
 */
import { describe, expect, it } from "vitest";
import { generatePlan } from "../src/generate.ts";
import type { Week } from "../src/schema/plan.ts";
import { validatePlan } from "../src/validate/validate.ts";
import { trainingRunMin } from "./week-minutes.ts";

const usual = { minutes: 256, runs: 4, longestRunMin: 64, vertM: 1024 };
const none = { minutes: 0, runs: 0, longestRunMin: 0, vertM: 0 };

describe("a taper at its floors, in a runner's second block of the season", () => {
  const result = generatePlan(
    {
      startDate: "2027-03-29",
      seed: 883363,
      athlete: {
        birthYear: 1953,
        // Every other week or so off: an inconsistent runner, ramping 7% and cutting back often.
        history: {
          weeks: [
            { start: "2027-02-22", ...usual },
            { start: "2027-03-01", ...none },
            { start: "2027-03-08", ...usual },
            { start: "2027-03-15", ...usual },
            { start: "2027-03-22", ...none },
          ],
        },
      },
      constraints: {
        maxRunDaysPerWeek: 4,
        restDays: ["sun"],
        longRunDay: "wed",
        weekdayMaxMin: 49,
        strength: true,
      },
      goals: [
        { id: "trail", date: "2027-05-04", distanceKm: 30, surface: "trail", priority: "A" },
        {
          id: "mountain",
          date: "2027-09-24",
          distanceKm: 50,
          surface: "mountain",
          elevationGainM: 3000,
          priority: "A",
        },
      ],
    },
    { today: "2027-03-20" },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const plan = result.value;
  const taperOf = (goalId: string): Week[] =>
    plan.weeks.filter((w) => w.goalId === goalId && w.phase === "taper");

  it("runs each taper week less than the one before it (TP-2)", () => {
    const taper = taperOf("mountain");
    expect(taper.length).toBe(2);
    const [first, second] = taper.map(trainingRunMin);
    expect(second).toBeLessThan(first ?? 0);
  });

  it("breaks no rule", () => {
    expect(validatePlan(plan).filter((f) => f.severity === "error")).toEqual([]);
  });
});
