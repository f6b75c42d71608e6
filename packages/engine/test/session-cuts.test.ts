/**
 * WORKOUTS.md cuts a session's work ~30% in a cutback and ~40–50% in the taper: the 100K
 * example's cutbacks and taper against the loading weeks before them, and a cutback whose
 * days can't hold what the cut frees keeping its session whole inside PR-1's band.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rules } from "../src/constants.ts";
import { generatePlan } from "../src/generate.ts";
import type { Plan } from "../src/schema/plan.ts";
import type { ScenarioInput } from "../src/schema/scenario.ts";
import { errorsOf } from "./season-errors.ts";
import { keyWorkMin } from "./session-cuts.ts";
import { trainingRunMin } from "./week-minutes.ts";

function planOf(scenario: ScenarioInput, today = "2026-12-01"): Plan {
  const result = generatePlan(scenario, { today });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe("the 100K example", () => {
  const scenario: ScenarioInput = JSON.parse(
    readFileSync(
      new URL("../../../examples/100k-trail-intermediate.json", import.meta.url),
      "utf8",
    ),
  );
  const plan = planOf(scenario);
  const lastLoadingBefore = (index: number) =>
    plan.weeks
      .slice(0, index)
      .findLast((w) => ["build", "specific", "peak"].includes(w.phase) && w.kind !== "cutback");

  it("cuts each build or specific cutback's session about 30% (20–50%) from the loading week before", () => {
    const cutbacks = plan.weeks.filter((w) => w.kind === "cutback" && w.phase !== "base");
    expect(cutbacks.length).toBeGreaterThan(2);
    for (const week of cutbacks) {
      const before = keyWorkMin(lastLoadingBefore(week.index) ?? week);
      // Whole reps: 4 × 5 minutes is the nearest to 70% of 26.
      expect(keyWorkMin(week)).toBeLessThanOrEqual(before * 0.8);
      expect(keyWorkMin(week)).toBeGreaterThanOrEqual(before * 0.5);
    }
  });

  it("cuts the taper's sharp sessions 40–50% from the peak's", () => {
    const taper = plan.weeks.filter((w) => w.phase === "taper");
    expect(taper.length).toBeGreaterThan(0);
    for (const week of taper) {
      const peak = keyWorkMin(lastLoadingBefore(week.index) ?? week);
      expect(keyWorkMin(week)).toBeGreaterThan(0);
      expect(keyWorkMin(week)).toBeLessThanOrEqual(peak * 0.6);
    }
  });
});

describe("a cutback on three capped weekdays", () => {
  // Weekdays of 64 minutes and LR-3's share hold the long run to the other runs: the minutes
  // a cut session frees have nowhere to go, and the week fell 37% (PR-1 allows 35%).
  const plan = planOf(
    {
      startDate: "2027-06-07",
      seed: 151566,
      athlete: {
        birthYear: 1953,
        history: {
          weeks: Array.from({ length: 9 }, (_, i) => ({
            start: new Date(Date.UTC(2027, 3, 5 + 7 * i)).toISOString().slice(0, 10),
            minutes: 344,
            runs: 4,
            longestRunMin: 86,
            vertM: 1376,
          })),
        },
      },
      constraints: {
        maxRunDaysPerWeek: 3,
        restDays: ["mon", "tue", "fri"],
        maxLongRunMin: 320,
        maxWeeklyMin: 492,
        weekdayMaxMin: 64,
        strength: true,
      },
      goals: [
        {
          id: "goal",
          date: "2027-10-17",
          distanceKm: 45,
          surface: "trail",
          elevationGainM: 450,
          priority: "A",
        },
      ],
    },
    "2026-11-25",
  );

  it("keeps its session whole and its fall inside PR-1's band", () => {
    expect(errorsOf(plan)).toEqual([]);
    const cutback = plan.weeks.findIndex((w) => w.kind === "cutback");
    const [before, week] = [plan.weeks[cutback - 1], plan.weeks[cutback]];
    if (!before || !week) throw new Error("no cutback after a loading week");
    expect(1 - trainingRunMin(week) / trainingRunMin(before)).toBeLessThanOrEqual(
      rules.cutbackMaxDrop,
    );
    expect(keyWorkMin(week)).toBe(keyWorkMin(before));
  });
});
