import { describe, expect, it } from "vitest";
import { examplePlan } from "./example-plans.test-util.ts";
import { volumeParts, weeklyTargets, weeklyZoneVolume } from "./volume-series.ts";

describe("weekly volume by zone", () => {
  const plan = examplePlan("hm-and-50k");
  const bars = weeklyZoneVolume(plan);

  it("has every part of every week, in stacking order", () => {
    expect(bars).toHaveLength(plan.weeks.length * volumeParts.length);
    expect(bars.slice(0, volumeParts.length).map((b) => b.part)).toEqual(volumeParts);
  });

  it("adds up to each week's planned volume", () => {
    for (const week of plan.weeks) {
      const sum = bars.filter((b) => b.week === week.index + 1).reduce((s, b) => s + b.minutes, 0);
      expect(sum).toBeCloseTo(week.totals.volumeMin, 0);
    }
  });

  it("puts quality minutes in z3–z5 as the week's totals count them", () => {
    for (const week of plan.weeks) {
      const quality = bars
        .filter((b) => b.week === week.index + 1 && ["z3", "z4", "z5"].includes(b.part))
        .reduce((s, b) => s + b.minutes, 0);
      expect(Math.abs(quality - week.totals.qualityMin)).toBeLessThanOrEqual(1);
    }
  });

  it("gives each week's target beside what is planned", () => {
    const targets = weeklyTargets(plan);
    expect(targets[3]).toEqual({
      week: 4,
      targetMin: plan.weeks[3]?.targets.volumeMin,
      plannedMin: plan.weeks[3]?.totals.volumeMin,
    });
  });
});
