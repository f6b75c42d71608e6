/**
 * MG-1: a B race gets a mini-taper of 4–7 days, whatever its weekday. Its week's share of
 * the block's peak was meant for the six days before a Sunday race; a Friday race's week
 * packed it into three days, each longer than a day of the full weeks before it.
 */
import { describe, expect, it } from "vitest";
import { daysBetween } from "../src/dates.ts";
import { generatePlan } from "../src/generate.ts";
import type { Day, Plan } from "../src/schema/plan.ts";
import { validatePlan } from "../src/validate/validate.ts";

const history = Array.from({ length: 12 }, (_, i) => ({
  start: new Date(Date.UTC(2026, 10, 2 + 7 * i)).toISOString().slice(0, 10),
  minutes: 300,
  runs: 5,
  longestRunMin: 100,
}));

function seasonWithHalfOn(date: string): Plan {
  const result = generatePlan(
    {
      startDate: "2027-01-25",
      seed: 1,
      athlete: { level: "intermediate", history: { weeks: history } },
      goals: [
        { id: "half", date, distanceKm: 21.1, surface: "road", priority: "B" },
        { id: "marathon", date: "2027-06-06", distanceKm: 42.2, surface: "road", priority: "A" },
      ],
    },
    { today: "2027-01-20" },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const runMinutes = (days: Day[]) =>
  days
    .flatMap((d) => d.workouts)
    .reduce(
      (sum, w) =>
        sum +
        (w.type === "race"
          ? 0
          : w.type === "strength" || w.type === "mobility"
            ? 0
            : w.durationMin),
      0,
    );

describe.each([
  ["Friday", "2027-03-26"],
  ["Saturday", "2027-03-27"],
  ["Sunday", "2027-03-28"],
])("a B half marathon on a %s", (_, date) => {
  const plan = seasonWithHalfOn(date);
  const days = plan.weeks.flatMap((w) => w.days);
  const raceDay = daysBetween(plan.startDate, date);

  it("runs less a day in its days before the race than in the full week before them", () => {
    const weekStart = raceDay - (raceDay % 7);
    const before = days.slice(weekStart, raceDay);
    const fullWeek = days.slice(weekStart - 7, weekStart);
    expect(runMinutes(before) / before.length).toBeLessThan(runMinutes(fullWeek) / 7);
  });

  it("breaks no rule", () => {
    expect(validatePlan(plan).filter((f) => f.severity === "error")).toEqual([]);
  });
});
