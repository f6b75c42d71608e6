/**
 * A race on a Monday has its eve and the day before it in the previous week: no hard session
 * there (TP-3, IN-3), whatever else that week's days leave, as for a race in the same week.
 */
import { describe, expect, it } from "vitest";
import { generatePlan } from "../src/generate.ts";
import { validatePlan } from "../src/validate/validate.ts";

describe("a Monday training race after a week away from Tuesday to Friday", () => {
  const result = generatePlan(
    {
      startDate: "2027-01-04",
      seed: 378719,
      athlete: { level: "intermediate", birthYear: 1984 },
      constraints: {
        maxRunDaysPerWeek: 3,
        restDays: ["mon"],
        longRunDay: "sat",
        weekdayMaxMin: 135,
        unavailable: [
          { from: "2027-08-24", to: "2027-08-25" },
          { from: "2027-09-07", to: "2027-09-10" },
        ],
      },
      goals: [
        { id: "c", date: "2027-09-13", distanceKm: 50, surface: "road", priority: "C" },
        { id: "b", date: "2027-11-23", distanceKm: 100, surface: "road", priority: "B" },
      ],
    },
    { today: "2026-11-25" },
  );

  it("keeps its Saturday and Sunday free of hard sessions", () => {
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const plan = result.value;
    const days = plan.weeks.flatMap((w) => w.days);
    const race = days.findIndex((d) => d.date === "2027-09-13");
    for (const day of days.slice(race - 2, race)) {
      expect(day.workouts.filter((w) => w.intensity === "hard")).toEqual([]);
    }
    const broken = validatePlan(plan).filter((f) => f.rule === "IN-3" || f.rule === "TP-3");
    expect(broken).toEqual([]);
  });
});
