import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { categoryOf, type DistanceCategory, isUltra, policy, rules } from "../constants.ts";
import { addDays } from "../dates.ts";
import { buildMacro } from "../macro/macro.ts";
import { buildProfile } from "../profile/profile.ts";
import type { HistoryWeek } from "../schema/scenario.ts";
import { testGoal } from "../season/goal.test-util.ts";
import { vertForFactor } from "./vert.ts";
import { VertPlanner } from "./vert-planner.ts";

const start = "2027-01-04";

function planner(args: {
  category: DistanceCategory;
  distanceKm: number;
  elevationGainM: number;
  raceDate: string;
  peakRunMin: number;
}) {
  const history: HistoryWeek[] = Array.from({ length: 8 }, (_, i) => ({
    start: addDays(start, -7 * (8 - i)),
    minutes: 360,
    runs: 5,
    longestRunMin: 110,
    vertM: 0,
  }));
  const { profile } = buildProfile({ history: { weeks: history } }, start);
  const goal = testGoal({
    date: args.raceDate,
    category: args.category,
    distanceKm: args.distanceKm,
    elevationGainM: args.elevationGainM,
    surface: "trail",
  });
  const macro = buildMacro(start, [goal], profile.cutbackEvery);
  const vert = new VertPlanner(profile.easyPaceSecPerKm, macro.weeks);
  vert.startBlock(goal, args.peakRunMin);
  return { vert, macro, easyPace: profile.easyPaceSecPerKm };
}

const raceArb = fc
  .record({
    distanceKm: fc.integer({ min: 42, max: 170 }),
    elevationGainM: fc.integer({ min: 0, max: 10_000 }),
    weeks: fc.integer({ min: 10, max: 40 }),
    peakRunMin: fc.integer({ min: 300, max: 1000 }),
    weekRunMin: fc.array(fc.integer({ min: 150, max: 1000 }), { minLength: 40, maxLength: 40 }),
  })
  .map((r) => ({ ...r, category: categoryOf(r.distanceKm) }));

describe("VertPlanner (SP-1)", () => {
  it("never plans a week that climbs more than the race (ultras), nor rises more than 25% past 100 m", () => {
    fc.assert(
      fc.property(raceArb, (r) => {
        const { vert, macro } = planner({ ...r, raceDate: addDays(start, 7 * r.weeks + 5) });
        // The first week starts in its phase's band: the rise is read from the second on.
        let previous: number | undefined;
        for (const frame of macro.weeks) {
          const v = vert.vertFor(frame, r.weekRunMin[frame.index] ?? 300);
          expect(v).toBeGreaterThanOrEqual(0);
          // A few metres of rounding allowed: a race with next to no climbing may see them.
          if (isUltra(r.category)) expect(v).toBeLessThanOrEqual(r.elevationGainM + 5);
          if (previous !== undefined) {
            const rise = Math.max(previous * (1 + rules.vertRiseMax), policy.vertFromFlatM);
            expect(v).toBeLessThanOrEqual(rise + 5);
          }
          vert.commit(v);
          previous = v;
        }
      }),
      { seed: 95, numRuns: 200 },
    );
  });

  it("starts the first week in its phase's band though the history climbed nothing", () => {
    const { vert, macro, easyPace } = planner({
      category: "50k",
      distanceKm: 50,
      elevationGainM: 2500,
      raceDate: "2027-06-26",
      peakRunMin: 480,
    });
    const first = macro.weeks[0];
    if (!first) throw new Error("no weeks");
    const v = vert.vertFor(first, 300);
    const band = vertForFactor(rules.vertFactor.base[0], 50, 300, easyPace);
    expect(first.phase).toBe("base");
    expect(v).toBeGreaterThan(band);
  });

  it("climbs again after flat weeks: to 100 m at once, then 25% a week", () => {
    const { vert, macro } = planner({
      category: "50k",
      distanceKm: 50,
      elevationGainM: 2500,
      raceDate: "2027-06-26",
      peakRunMin: 480,
    });
    const [first, second] = macro.weeks;
    if (!first || !second) throw new Error("no weeks");
    vert.commit(2); // a road race's recovery week
    const v = vert.vertFor(first, 300);
    expect(v).toBe(policy.vertFromFlatM);
    vert.commit(v);
    expect(vert.vertFor(second, 300)).toBeLessThanOrEqual(v * (1 + rules.vertRiseMax));
  });

  it("plans no climbing for a flat race", () => {
    const { vert, macro } = planner({
      category: "100k",
      distanceKm: 100,
      elevationGainM: 0,
      raceDate: "2027-06-26",
      peakRunMin: 600,
    });
    for (const frame of macro.weeks) expect(vert.vertFor(frame, 400)).toBe(0);
  });

  it("plans whole metres that rise through the build toward the race's demand", () => {
    const { vert, macro } = planner({
      category: "100k",
      distanceKm: 100,
      elevationGainM: 3500,
      raceDate: "2027-06-26",
      peakRunMin: 600,
    });
    const byPhase = new Map<string, number[]>();
    for (const frame of macro.weeks) {
      const v = vert.vertFor(frame, 420);
      expect(Number.isInteger(v)).toBe(true);
      byPhase.set(frame.phase, [...(byPhase.get(frame.phase) ?? []), v]);
      vert.commit(v);
    }
    const mean = (phase: string) => {
      const xs = byPhase.get(phase) ?? [];
      return xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    };
    expect(mean("base")).toBeLessThan(mean("specific"));
    expect(mean("taper")).toBeLessThan(mean("peak"));
    expect(mean("recovery")).toBeLessThan(mean("taper"));
  });
});
