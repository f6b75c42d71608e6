/**
 * WORKOUTS.md cuts a session's work ~30% in a cutback and ~40–50% in the taper: the 100K
 * example's cutbacks and taper against the loading weeks before them, and a cutback before a
 * Monday B race whose easy runs are at their longest falling inside PR-1's band (a cutback
 * whose days can't hold what the cut frees keeps its sessions whole: `src/fit-week.test.ts`).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rules } from "../src/constants.ts";
import { generatePlan } from "../src/generate.ts";
import type { Plan } from "../src/schema/plan.ts";
import type { ScenarioInput } from "../src/schema/scenario.ts";
import { historyWeeks } from "./history-weeks.ts";
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

describe("a cutback before a Monday B race", () => {
  // Sunday is its eve (no long run) and the easy runs are at their longest, so a cut
  // session's minutes have few places to go: the week once fell past PR-1's 35%.
  const plan = planOf({
    startDate: "2027-05-17",
    seed: 14,
    athlete: {
      birthYear: 2004,
      history: { weeks: historyWeeks("2027-04-12", [428, 428, 428, 428, 428], 107, 4) },
    },
    constraints: {
      maxRunDaysPerWeek: 6,
      restDays: ["mon", "tue", "fri"],
      maxLongRunMin: 149,
      strength: true,
    },
    goals: [
      { id: "short", date: "2028-01-24", distanceKm: 3, surface: "trail", priority: "B" },
      { id: "main", date: "2028-07-26", distanceKm: 30, surface: "road", priority: "A" },
    ],
  });

  it("falls inside PR-1's band, labelled the race's taper", () => {
    expect(errorsOf(plan)).toEqual([]);
    const raceWeek = plan.weeks.findIndex((w) => w.startDate === "2028-01-24");
    const cutback = raceWeek - 1;
    expect(plan.weeks[cutback]?.kind).toBe("taper");
    const [before, week] = [plan.weeks[cutback - 1], plan.weeks[cutback]];
    if (!before || !week) throw new Error("no cutback after a loading week");
    const drop = 1 - trainingRunMin(week) / trainingRunMin(before);
    expect(drop).toBeGreaterThanOrEqual(rules.cutbackMinDrop);
    expect(drop).toBeLessThanOrEqual(rules.cutbackMaxDrop);
  });
});
