/**
 * Weeks meet on a Sunday night. A race or a long run on a Monday has its eve in the previous
 * week: no hard session there (TP-3 and IN-3 for a race, and its Saturday too, as for a race
 * in the same week; IN-5 for a long run). And a Sunday race makes next Monday its morning
 * after: no long run there, whatever the runner's usual long-run day (IN-5, RC-1).
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

describe("a week away from Tuesday to Saturday before a Monday long run", () => {
  const history = ["2027-05-03", "2027-05-10", "2027-05-17", "2027-05-24", "2027-05-31"].map(
    (start, i) => {
      const ran = i !== 1 && i !== 4;
      return {
        start,
        minutes: ran ? 171 : 0,
        runs: ran ? 4 : 0,
        longestRunMin: ran ? 43 : 0,
        vertM: ran ? 342 : 0,
      };
    },
  );
  const result = generatePlan(
    {
      startDate: "2027-06-07",
      seed: 998194,
      athlete: { level: "intermediate", birthYear: 1976, history: { weeks: history } },
      constraints: {
        maxRunDaysPerWeek: 5,
        restDays: ["sat"],
        longRunDay: "mon",
        weekdayMaxMin: 144,
        unavailable: [{ from: "2027-11-30", to: "2027-12-04" }],
        strength: true,
      },
      goals: [
        { id: "b1", date: "2027-07-27", distanceKm: 170, surface: "road", priority: "B" },
        { id: "c", date: "2027-08-08", distanceKm: 100, surface: "road", priority: "C" },
        { id: "b2", date: "2027-10-16", distanceKm: 80, surface: "road", priority: "B" },
        {
          id: "b3",
          date: "2028-02-20",
          distanceKm: 50,
          surface: "mountain",
          elevationGainM: 3000,
          priority: "B",
        },
      ],
    },
    { today: "2026-11-25" },
  );

  it("keeps the Sunday before the long run free of hard sessions (IN-5)", () => {
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const plan = result.value;
    const sunday = plan.weeks.flatMap((w) => w.days).find((d) => d.date === "2027-12-05");
    expect(sunday?.workouts.filter((w) => w.intensity === "hard")).toEqual([]);
    expect(validatePlan(plan).filter((f) => f.rule === "IN-5")).toEqual([]);
  });
});

describe("a Sunday 50K for a runner whose long run is on Mondays", () => {
  const result = generatePlan(
    {
      startDate: "2027-05-10",
      seed: 947294,
      athlete: { level: "intermediate", birthYear: 1967 },
      constraints: {
        maxRunDaysPerWeek: 6,
        restDays: ["sun"],
        longRunDay: "mon",
        maxLongRunMin: 170,
        weekdayMaxMin: 54,
        strength: false,
      },
      goals: [
        {
          id: "g1",
          date: "2027-06-20",
          distanceKm: 50,
          surface: "mountain",
          elevationGainM: 2000,
          priority: "A",
        },
        {
          id: "g2",
          name: "Race 2",
          date: "2027-07-16",
          distanceKm: 161,
          surface: "road",
          elevationGainM: 483,
          priority: "A",
        },
      ],
    },
    { today: "2026-11-25" },
  );

  it("runs no long run the morning after the race", () => {
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const plan = result.value;
    const monday = plan.weeks.flatMap((w) => w.days).find((d) => d.date === "2027-06-21");
    expect(monday?.workouts.filter((w) => w.type === "long")).toEqual([]);
    expect(validatePlan(plan).filter((f) => f.rule === "IN-5")).toEqual([]);
  });
});
