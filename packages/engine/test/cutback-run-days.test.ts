/**
 * A runner coming back from a 100-miler on a few minutes a week (a random season's): a base
 * week holds one 26-minute hill session and strength. Its cutback's session at its shortest
 * runs 21 minutes, 19% under the week before; one easy run of 20 minutes instead runs 23%
 * under, inside PR-1's 20–35% band. A cutback is fitted with a run day fewer (or more, when
 * its runs at their floors fall under the band) as well as with shorter or longer sessions.
 */
import { describe, expect, it } from "vitest";
import { validatePlan } from "../src/validate/validate.ts";
import { planOf } from "./scenario-arbitrary.ts";

const busy = (start: string) => ({ start, minutes: 190, runs: 4, longestRunMin: 48, vertM: 190 });
const off = (start: string) => ({ start, minutes: 0, runs: 0, longestRunMin: 0, vertM: 0 });

describe("a cutback of a week at its floors", () => {
  const plan = planOf({
    startDate: "2026-12-07",
    seed: 11,
    athlete: {
      level: "beginner",
      birthYear: 1976,
      history: {
        weeks: [
          busy("2026-11-02"),
          off("2026-11-09"),
          busy("2026-11-16"),
          busy("2026-11-23"),
          off("2026-11-30"),
        ],
      },
    },
    constraints: {
      maxRunDaysPerWeek: 5,
      restDays: ["thu", "fri"],
      longRunDay: "sat",
      maxWeeklyMin: 661,
      unavailable: [
        { from: "2027-01-05", to: "2027-01-12" },
        { from: "2027-04-20", to: "2027-04-21" },
      ],
      strength: true,
    },
    goals: [
      {
        id: "g1",
        date: "2027-01-22",
        distanceKm: 120,
        surface: "mountain",
        elevationGainM: 9600,
        priority: "C",
      },
      {
        id: "g2",
        date: "2027-01-30",
        distanceKm: 161,
        surface: "road",
        elevationGainM: 483,
        priority: "A",
      },
      {
        id: "g3",
        date: "2027-08-01",
        distanceKm: 30,
        surface: "trail",
        elevationGainM: 900,
        priority: "B",
      },
    ],
  });

  it("keeps PR-1's band with its runs at their floors", () => {
    expect(validatePlan(plan).filter((f) => f.rule === "PR-1")).toEqual([]);
  });
});
