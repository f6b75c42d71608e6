/**
 * A week whose days away and rest days leave only Sunday open, two days before a training
 * race: its one run carries IN-1's share of quality in its finish. Sunday used to be closed
 * to it (next week might open with a race) and the week ran all easy; only a race next
 * Monday closes it now (TP-3). A training race's day before its eve may hold a long run
 * under 3 hours (LR-5), so the run is a short long run with a finish at race effort.
 */
import { describe, expect, it } from "vitest";
import { validatePlan } from "../src/validate/validate.ts";
import { raceGoal } from "./race-goal.ts";
import { planOf } from "./scenario-arbitrary.ts";

const nonRunning = new Set(["rest", "strength", "mobility", "cross"]);

describe("a week open only on Sunday", () => {
  const plan = planOf({
    startDate: "2027-05-31",
    seed: 10,
    athlete: { level: "intermediate", birthYear: 1980 },
    constraints: {
      restDays: ["mon", "wed", "fri"],
      unavailable: [{ from: "2027-11-30", to: "2027-12-04" }],
      strength: true,
    },
    goals: [
      raceGoal("ultra", "2027-10-16", "A", { distanceKm: 80, surface: "trail" }),
      raceGoal("road30", "2027-12-07", "C", { distanceKm: 30 }),
    ],
  });
  const week = plan.weeks.find((w) => w.startDate === "2027-11-29");

  it("finishes its Sunday run above easy and keeps IN-1", () => {
    const running = week?.days.filter((d) => d.workouts.some((w) => !nonRunning.has(w.type)));
    expect(running?.map((d) => d.date)).toEqual(["2027-12-05"]);
    expect(week?.totals.qualityMin).toBeGreaterThan(0);
    expect(validatePlan(plan).filter((f) => f.rule === "IN-1")).toEqual([]);
  });
});
