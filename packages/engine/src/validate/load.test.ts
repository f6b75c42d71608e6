import { describe, expect, it } from "vitest";
import { rules } from "../constants.ts";
import { makePlan, workoutAt } from "./fixtures.test-util.ts";
import { historyWeekLoad, LoadModel, startingDailyLoad, workoutLoad } from "./load.ts";

describe("workoutLoad", () => {
  const base = workoutAt(makePlan(), 0, 1);

  it("counts a run's minutes in each zone at the zone's rate, plus its climbing", () => {
    const run = {
      ...base,
      durationMin: 90,
      vertM: 200,
      zoneMinutes: { z1: 30, z2: 30, z3: 15, z4: 10, z5: 5 },
    };
    expect(workoutLoad(run)).toBeCloseTo(
      (30 * 40 + 30 * 55 + 15 * 75 + 10 * 100 + 5 * 120) / 60 + 200 * 0.05,
    );
  });

  it("counts strength at 40/h, cross-training at 70% of z2, rest and mobility at nothing", () => {
    expect(workoutLoad({ ...base, type: "strength", durationMin: 30 })).toBe(20);
    expect(workoutLoad({ ...base, type: "cross", durationMin: 60 })).toBeCloseTo(55 * 0.7);
    expect(workoutLoad({ ...base, type: "mobility", durationMin: 20 })).toBe(0);
    expect(workoutLoad({ ...base, type: "rest", durationMin: 0 })).toBe(0);
  });
});

describe("history load", () => {
  it("counts a history week's minutes at the history rate, plus its climbing", () => {
    expect(historyWeekLoad({ start: "2026-12-28", minutes: 300, vertM: 600 })).toBe(300 + 30);
    expect(historyWeekLoad({ start: "2026-12-28", minutes: 120 })).toBe(120);
  });

  it("starts fitness at the history's mean daily load, else the first week's", () => {
    expect(startingDailyLoad([280, 420], 700)).toBe(50);
    expect(startingDailyLoad([], 350)).toBe(50);
  });
});

describe("LoadModel", () => {
  it("holds form at 0 while the load stays at the starting level", () => {
    const model = new LoadModel(50);
    for (let d = 0; d < 3; d++) {
      model.add(50);
      expect(model.form).toBe(0);
      expect(model.ctl).toBe(50);
    }
  });

  it("reads form going into a day from the day before: a big day shows the next morning", () => {
    const model = new LoadModel(50);
    expect(model.form).toBe(0);
    model.add(190);
    expect(model.ctl).toBeCloseTo(50 + 140 / rules.ctlDays);
    expect(model.atl).toBeCloseTo(50 + 140 / rules.atlDays);
    expect(model.form).toBeCloseTo(140 / rules.ctlDays - 140 / rules.atlDays);
  });
});
