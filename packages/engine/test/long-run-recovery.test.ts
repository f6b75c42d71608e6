/**
 * LR-5: the two days after a long run of three hours or more hold no hard session. A
 * cutback's long run may grow to its ceiling when days away leave its easy days short, and
 * the days after it are protected by what it became, not by what it was planned to be.
 */
import { describe, expect, it } from "vitest";
import { generatePlan } from "../src/generate.ts";
import { validatePlan } from "../src/validate/validate.ts";

const history = Array.from({ length: 8 }, (_, i) => ({
  start: new Date(Date.UTC(2026, 11, 28 + 7 * i)).toISOString().slice(0, 10),
  minutes: 398,
  runs: 4,
  longestRunMin: 100,
  vertM: 0,
}));

describe("a cutback week away from Tuesday to Saturday, then its Sunday long run", () => {
  const result = generatePlan(
    {
      startDate: "2027-02-22",
      seed: 469534,
      athlete: { level: "advanced", birthYear: 1954, history: { weeks: history } },
      constraints: {
        restDays: ["wed", "sat"],
        longRunDay: "sun",
        maxLongRunMin: 352,
        weekdayMaxMin: 131,
        unavailable: [{ from: "2027-05-11", to: "2027-05-15" }],
        strength: false,
      },
      goals: [
        {
          id: "mile",
          date: "2027-10-06",
          distanceKm: 3,
          surface: "mountain",
          elevationGainM: 240,
          priority: "A",
        },
        {
          id: "hundred",
          date: "2028-04-04",
          distanceKm: 161,
          surface: "trail",
          elevationGainM: 4830,
          priority: "C",
        },
      ],
    },
    { today: "2026-11-25" },
  );

  it("keeps the two days after every long run of 3 h or more free of hard sessions", () => {
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const plan = result.value;
    const days = plan.weeks.flatMap((w) => w.days);
    const longDays = days.flatMap((d, i) =>
      d.workouts.some((w) => w.type === "long" && w.durationMin >= 180) ? [i] : [],
    );
    expect(longDays.length).toBeGreaterThan(0);
    for (const i of longDays) {
      for (const day of days.slice(i + 1, i + 3))
        expect(day.workouts.filter((w) => w.intensity === "hard")).toEqual([]);
    }
    expect(validatePlan(plan).filter((f) => f.rule === "LR-5")).toEqual([]);
  });
});
