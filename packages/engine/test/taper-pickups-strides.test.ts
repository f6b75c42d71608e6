/**
 * A one-week taper before a Monday 5K, with no long run: its floors (a sharp session and four
 * 15-min runs) overflow the target, so the sharp session is cut to short pickups, which left
 * the week 9% quality, under IN-1's 10%. Strides on its easy runs keep the share.
 */
import { describe, expect, it } from "vitest";
import type { Week } from "../src/schema/plan.ts";
import { validatePlan } from "../src/validate/validate.ts";
import { planOf } from "./scenario-arbitrary.ts";

const trail5K = (id: string, date: string) => ({
  id,
  date,
  distanceKm: 5,
  surface: "trail" as const,
  elevationGainM: 150,
  priority: "A" as const,
});

describe("a taper week whose sharp session is cut to pickups", () => {
  const plan = planOf({
    startDate: "2027-01-04",
    seed: 876608,
    athlete: { level: "beginner", birthYear: 1985 },
    constraints: {
      maxRunDaysPerWeek: 6,
      unavailable: [{ from: "2027-09-14", to: "2027-09-18" }],
      strength: true,
    },
    goals: [
      { ...trail5K("g1", "2027-06-07"), surface: "road", elevationGainM: 15, priority: "C" },
      trail5K("g2", "2027-08-28"),
      trail5K("g3", "2027-12-20"),
    ],
  });
  const taper = plan.weeks.find((w) => w.phase === "taper" && w.goalId === "g3") as Week;

  it("keeps IN-1's quality share with strides on its easy runs", () => {
    expect(taper.totals.easyShare).toBeLessThanOrEqual(0.9);
    const titles = taper.days.flatMap((d) => d.workouts.map((w) => w.title));
    expect(titles.some((t) => t.includes("strides"))).toBe(true);
    const errors = validatePlan(plan).filter((f) => f.severity === "error");
    expect(errors).toEqual([]);
  });
});
