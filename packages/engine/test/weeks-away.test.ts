/**
 * Days away at the start of a plan: what comes after still starts from where the athlete is,
 * not from the empty week.
 */
import { describe, expect, it } from "vitest";
import { generatePlan } from "../src/generate.ts";
import type { Week } from "../src/schema/plan.ts";
import { trainingRunMin } from "./week-minutes.ts";

const history = Array.from({ length: 12 }, (_, i) => ({
  start: new Date(Date.UTC(2026, 10, 16 + 7 * i)).toISOString().slice(0, 10),
  minutes: 420,
  runs: 6,
  longestRunMin: 120,
}));

describe("a first week away, then the taper", () => {
  const result = generatePlan(
    {
      startDate: "2027-02-08",
      seed: 5,
      athlete: { level: "advanced", history: { weeks: history } },
      constraints: { restDays: ["mon"], unavailable: [{ from: "2027-02-09", to: "2027-02-14" }] },
      goals: [{ id: "half", date: "2027-03-07", distanceKm: 21.1, surface: "road", priority: "A" }],
    },
    { today: "2026-11-25" },
  );

  it("tapers from the athlete's usual week, not from the week away", () => {
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const plan = result.value;
    expect(trainingRunMin(plan.weeks[0] as Week)).toBe(0);
    const taper = plan.weeks.filter((w) => w.phase === "taper");
    expect(taper.length).toBeGreaterThan(0);
    const usual = plan.athleteProfile.chronicWeeklyMin;
    for (const week of taper) expect(trainingRunMin(week)).toBeGreaterThan(0.4 * usual);
  });
});
