/**
 * A trail half marathon on a Sunday, then a week away from the Tuesday: the recovery week's
 * only open day is the morning after the race, and its strength session (back in a
 * recovery's last week) went there. RC-1's first days are rest or very easy: a recovery
 * week's strength waits until they end, or the week goes without.
 */
import { describe, expect, it } from "vitest";
import { rules } from "../src/constants.ts";
import { addDays } from "../src/dates.ts";
import { planOf } from "./scenario-arbitrary.ts";

const race = "2027-07-18";

describe("strength after a race", () => {
  const plan = planOf({
    startDate: "2027-01-04",
    seed: 876041,
    athlete: { level: "advanced", birthYear: 1985 },
    constraints: {
      maxRunDaysPerWeek: 6,
      unavailable: [{ from: "2027-07-20", to: "2027-07-27" }],
      strength: true,
    },
    goals: [
      {
        id: "g1",
        name: "Race 1",
        date: "2027-03-27",
        distanceKm: 10,
        surface: "trail",
        elevationGainM: 300,
        priority: "C",
      },
      {
        id: "g2",
        name: "Race 2",
        date: race,
        distanceKm: 21.1,
        surface: "trail",
        elevationGainM: 633,
        priority: "A",
      },
      {
        id: "g3",
        name: "Race 3",
        date: "2027-09-05",
        distanceKm: 50,
        surface: "road",
        elevationGainM: 150,
        priority: "A",
      },
    ],
  });

  it("never falls on RC-1's very easy days", () => {
    const firstDays = new Set(
      Array.from({ length: rules.veryEasyDaysAfterRace }, (_, i) => addDays(race, i + 1)),
    );
    const strengthDays = plan.weeks
      .flatMap((w) => w.days)
      .filter((d) => d.workouts.some((w) => w.type === "strength"))
      .map((d) => d.date);
    expect(strengthDays.filter((d) => firstDays.has(d))).toEqual([]);
  });
});
