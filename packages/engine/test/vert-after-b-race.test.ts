/**
 * SP-1 after a road B race in a trail season: the weeks after the race climb back from the
 * race week's and the recovery's level at 25% a week at most. A B race's mini-taper climbs as
 * a taper does, and the recovery of a race the legs come back from in days (5K to half) as a
 * base week, so the trail race's last loading weeks climb 61–90% of the mixed block's biggest
 * week (39–60% when the race week climbed a peak race week's share and the recovery less).
 */
import { describe, expect, it } from "vitest";
import hmAnd50k from "../../../examples/hm-and-50k.json" with { type: "json" };
import { generatePlan } from "../src/generate.ts";
import type { Plan } from "../src/schema/plan.ts";
import { expectOk } from "../src/steer/plans.test-util.ts";
import { errorsOf, named } from "./season-errors.ts";

const loading = new Set(["base", "build", "specific", "peak"]);

/** The biggest climbing of the loading weeks before the B race, and of those after it. */
function climbing(plan: Plan, bRaceDate: string): { before: number; after: number } {
  const raceWeek = plan.weeks.findIndex((w) => w.days.some((d) => d.date === bRaceDate));
  const most = (weeks: Plan["weeks"]) =>
    Math.max(0, ...weeks.filter((w) => loading.has(w.phase)).map((w) => w.totals.vertM));
  return {
    before: most(plan.weeks.slice(0, raceWeek)),
    after: most(plan.weeks.slice(raceWeek + 1)),
  };
}

const [half, fiftyK] = hmAnd50k.goals as [(typeof hmAnd50k.goals)[0], (typeof hmAnd50k.goals)[1]];

describe("a trail race's last block after a road B race", () => {
  const seasons = {
    "hm-and-50k": hmAnd50k,
    "a mountain 50K": {
      ...hmAnd50k,
      goals: [half, { ...fiftyK, surface: "mountain", elevationGainM: 3500 }],
    },
    "a 10K B race eight weeks out": {
      ...hmAnd50k,
      goals: [{ ...half, distanceKm: 10, date: "2027-04-10" }, fiftyK],
    },
  };
  for (const [name, scenario] of Object.entries(seasons)) {
    it(`${name}: climbs back to 60% of the mixed block's biggest week or more`, () => {
      const plan = expectOk(generatePlan(scenario, { today: "2026-12-01" }));
      expect(errorsOf(plan).map(named)).toEqual([]);
      const bRace = plan.goals.find((g) => g.mode === "b-race");
      expect(bRace?.surface).toBe("road");
      const { before, after } = climbing(plan, bRace?.date ?? "");
      expect(after).toBeGreaterThanOrEqual(0.6 * before);
    });
  }
});
