import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoOf } from "../dates.ts";
import { workoutType } from "../schema/plan.ts";
import {
  type ContributionGoal,
  contributionOf,
  describeSplit,
  goalSplitOf,
  sharedGoals,
} from "./contribution.ts";
import { workoutOf } from "./workout.test-util.ts";

const hm: ContributionGoal = {
  id: "hm",
  date: "2027-04-18",
  distanceKm: 21.1,
  surface: "road",
  elevationGainM: 150,
};
const ultra: ContributionGoal = {
  id: "ultra",
  date: "2027-06-05",
  distanceKm: 50,
  surface: "trail",
  elevationGainM: 2000,
};
const goals = [hm, ultra];
const before = "2027-03-01";
const none = { z1: 0, z2: 0, z3: 0, z4: 0, z5: 0 };

const tempo = workoutOf({
  type: "tempo",
  durationMin: 60,
  vertM: 50,
  zoneMinutes: { ...none, z2: 30, z4: 30 },
});
const longRun = workoutOf({
  type: "long",
  durationMin: 150,
  vertM: 900,
  zoneMinutes: { ...none, z2: 140, z3: 10 },
  notes: ["Fueling practice: 60 g carbohydrate per hour"],
});
const hills = workoutOf({
  type: "hills",
  durationMin: 60,
  vertM: 400,
  zoneMinutes: { ...none, z1: 10, z2: 30, z4: 5, z5: 15 },
});

describe("contributionOf", () => {
  it("gives a tempo mostly to the half marathon", () => {
    expect(contributionOf(tempo, before, goals).hm).toBeGreaterThanOrEqual(0.6);
  });

  it("gives a hilly long run with fueling mostly to the trail 50K", () => {
    expect(contributionOf(longRun, before, goals).ultra).toBeGreaterThanOrEqual(0.6);
  });

  it("shares hills between both goals", () => {
    const c = contributionOf(hills, before, goals);
    expect(c.hm).toBeGreaterThanOrEqual(0.25);
    expect(c.ultra).toBeGreaterThanOrEqual(0.25);
    expect(sharedGoals(c)).toEqual(["hm", "ultra"]);
    expect(sharedGoals(contributionOf(tempo, before, goals))).toEqual(["hm", "ultra"]);
    expect(sharedGoals(contributionOf(tempo, before, goals), 0.5)).toEqual(["hm"]);
  });

  it("pins the shares of the three reference sessions", () => {
    expect(contributionOf(tempo, before, goals)).toEqual({ hm: 0.72, ultra: 0.28 });
    expect(contributionOf(longRun, before, goals)).toEqual({ hm: 0.25, ultra: 0.75 });
    expect(contributionOf(hills, before, goals)).toEqual({ hm: 0.49, ultra: 0.51 });
  });

  it("gives nothing to a goal already raced", () => {
    expect(contributionOf(tempo, "2027-04-19", goals)).toEqual({ hm: 0, ultra: 1 });
  });

  it("gives everything after the last race to the last goal", () => {
    expect(contributionOf(tempo, "2027-06-10", [ultra, hm])).toEqual({ ultra: 1, hm: 0 });
  });

  it("gives the race on a goal's date wholly to that goal", () => {
    const race = workoutOf({ type: "race", durationMin: 100, distanceKm: 21.1 });
    expect(contributionOf(race, hm.date, goals)).toEqual({ hm: 1, ultra: 0 });
    const twin = { ...ultra, id: "10k", date: hm.date, distanceKm: 10 };
    expect(contributionOf(race, hm.date, [twin, hm])).toEqual({ "10k": 0, hm: 1 });
  });

  it("splits rest equally and fixes the rounding on the largest share", () => {
    const rest = workoutOf({ type: "rest", durationMin: 0, zoneMinutes: none });
    expect(contributionOf(rest, before, goals)).toEqual({ hm: 0.5, ultra: 0.5 });
    const third = { ...ultra, id: "third" };
    expect(contributionOf(rest, before, [hm, ultra, third])).toEqual({
      hm: 0.34,
      ultra: 0.33,
      third: 0.33,
    });
  });

  it("gives everything to a single goal", () => {
    expect(contributionOf(hills, before, [ultra])).toEqual({ ultra: 1 });
  });

  it("serves every open goal a little with easy running", () => {
    const c = contributionOf(workoutOf(), before, goals);
    expect(Math.min(c.hm ?? 0, c.ultra ?? 0)).toBeGreaterThanOrEqual(0.25);
  });
});

describe("goalSplitOf", () => {
  it("weights contributions by load", () => {
    const items = [
      { load: 100, contribution: { hm: 0.8, ultra: 0.2 } },
      { load: 300, contribution: { hm: 0.2, ultra: 0.8 } },
    ];
    expect(goalSplitOf(items, ["hm", "ultra"], {})).toEqual({ hm: 0.35, ultra: 0.65 });
  });

  it("falls back when the week carries no load", () => {
    const fallback = { hm: 0.5, ultra: 0.5 };
    const items = [{ load: 0, contribution: { hm: 1, ultra: 0 } }];
    expect(goalSplitOf(items, ["hm", "ultra"], fallback)).toBe(fallback);
  });
});

describe("describeSplit", () => {
  it("names each goal with its percentage, in the names' order, without 0% goals", () => {
    const names = { hm: "Spring Half", ultra: "Canyon 50K", past: "Winter 10K" };
    expect(describeSplit({ ultra: 0.65, hm: 0.35, past: 0 }, names)).toBe(
      "35% Spring Half / 65% Canyon 50K",
    );
  });
});

/** Shares valid for MG-3: every goal a key, each in [0, 1], summing to 1. */
function expectShares(shares: Record<string, number>, ids: string[]): void {
  expect(Object.keys(shares).sort()).toEqual([...ids].sort());
  for (const s of Object.values(shares)) {
    expect(s).toBeGreaterThanOrEqual(0);
    expect(s).toBeLessThanOrEqual(1);
  }
  expect(Math.abs(Object.values(shares).reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-9);
}

const minutes = fc.integer({ min: 0, max: 240 });
const anyWorkout = fc
  .record({
    type: fc.constantFrom(...workoutType.options),
    durationMin: fc.integer({ min: 0, max: 420 }),
    distanceKm: fc.integer({ min: 0, max: 170 }),
    vertM: fc.integer({ min: 0, max: 5000 }),
    zoneMinutes: fc.record({ z1: minutes, z2: minutes, z3: minutes, z4: minutes, z5: minutes }),
    notes: fc.subarray(["Fueling practice: 60 g carbohydrate per hour", "On trail."]),
  })
  .map((over) => workoutOf(over));
/** Days around a season so dates fall before, on and after the goals. */
const anyDay = fc.integer({ min: 20000, max: 20060 });
const anyGoals = fc
  .array(
    fc.record({
      day: anyDay,
      distanceKm: fc.constantFrom(5, 10, 21.1, 42.2, 50, 100, 161),
      surface: fc.constantFrom("road" as const, "trail" as const, "mountain" as const),
      elevationGainM: fc.integer({ min: 0, max: 10000 }),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((gs) => gs.map(({ day, ...g }, i) => ({ ...g, id: `g${i}`, date: isoOf(day) })));

describe("contribution properties", () => {
  it("always gives valid shares, per workout and per week", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(anyWorkout, anyDay, fc.integer({ min: 0, max: 500 })), { maxLength: 8 }),
        anyGoals,
        (days, gs) => {
          const ids = gs.map((g) => g.id);
          const items = days.map(([w, day, load]) => {
            const contribution = contributionOf(w, isoOf(day), gs);
            expectShares(contribution, ids);
            return { load, contribution };
          });
          const fallback = Object.fromEntries(ids.map((id, i) => [id, i === 0 ? 1 : 0]));
          expectShares(goalSplitOf(items, ids, fallback), ids);
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });
});
