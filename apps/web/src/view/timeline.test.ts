import { describe, expect, it } from "vitest";
import { examplePlan } from "./example-plans.test-util.ts";
import { goalLooks, sharedColor } from "./goals.ts";
import { openingWeek, timelineModel } from "./timeline.ts";

describe("the phase timeline", () => {
  const plan = examplePlan("hm-and-50k");
  const looks = goalLooks(plan);
  const model = timelineModel(plan, looks, "2027-02-10");

  it("has a cell for every week, with its phase's goal colour", () => {
    expect(model.weeks).toHaveLength(plan.weeks.length);
    expect(model.weeks[0]?.color).toBe(sharedColor);
    const ultraBlock = plan.phases.find((p) => p.goalId === "ultra");
    const week = model.weeks[ultraBlock?.weekIndexes[0] ?? -1];
    expect(week?.color).toBe(looks.find((l) => l.id === "ultra")?.color);
  });

  it("places each race on its week and weekday, with its priority", () => {
    expect(model.races.map((r) => [r.label, r.priority, r.weekIndex, r.weekday])).toEqual([
      ["HM", "B", 13, 6],
      ["50K", "A", 21, 5],
    ]);
    expect(model.weeks[13]?.races.map((r) => r.goalId)).toEqual(["hm"]);
  });

  it("labels phases by goal and marks today", () => {
    expect(model.phases[0]?.label).toBe("Base");
    expect(model.phases.some((p) => p.label === "Build · 50K")).toBe(true);
    expect(model.today).toEqual({ weekIndex: 5, weekday: 2 });
    expect(timelineModel(plan, looks, "2026-12-01").today).toBeUndefined();
  });

  it("scales volume against the biggest week", () => {
    const heights = model.weeks.map((w) => w.height);
    expect(Math.max(...heights)).toBe(1);
    expect(Math.min(...heights)).toBeGreaterThan(0);
  });

  it("opens on this week once the season is under way", () => {
    expect(openingWeek(plan, "2026-12-01")).toBe(0);
    expect(openingWeek(plan, "2027-02-10")).toBe(5);
    expect(openingWeek(plan, "2030-01-01")).toBe(plan.weeks.length - 1);
  });
});
