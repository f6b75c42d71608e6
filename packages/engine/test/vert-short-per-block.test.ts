/**
 * SP-1 for an ultra, read on its own block: the weeks that lead to it, up to its race week.
 * A 50K ten weeks after a half climbed 584 m at most in its own weeks against a race of
 * 1,200 m, without a word: the half's block had climbed for it, and that climbing fades by
 * race day. Every ultra whose own block climbs under 60% of its gain is now warned.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { categoryOf, isUltra, rules } from "../src/constants.ts";
import type { Plan } from "../src/schema/plan.ts";
import { seasonArbitrary } from "./multi-goal-arbitrary.ts";
import { planOf } from "./scenario-arbitrary.ts";

const runs = Math.min(Number(process.env.CAIRN_PROPERTY_RUNS ?? 1000), 300);

const isRun = (type: string) => !["rest", "strength", "mobility", "cross", "race"].includes(type);

/** The ultras whose own block's biggest training week climbs under 60% of their gain. */
function shortBlocks(plan: Plan): string[] {
  return plan.goals
    .filter((g) => isUltra(categoryOf(g.distanceKm)) && g.elevationGainM > 0)
    .filter((g) => {
      const block = plan.weeks.filter((w) => w.goalId === g.id && w.startDate <= g.date);
      const climbs = block.map((w) =>
        w.days
          .flatMap((d) => d.workouts)
          .filter((x) => isRun(x.type))
          .reduce((s, x) => s + x.vertM, 0),
      );
      return block.length > 0 && Math.max(...climbs) < rules.peakVertOfRace[0] * g.elevationGainM;
    })
    .map((g) => g.id);
}

const warnedFor = (plan: Plan, id: string) =>
  plan.warnings.some(
    (w) => w.code === "VERT_SHORT" && (plan.goals.length === 1 || w.id.endsWith(`-${id}`)),
  );

describe("VERT_SHORT on an ultra's own block", () => {
  it("names the half whose recovery the 50K's block climbs back from", () => {
    const scenario = JSON.parse(
      readFileSync(
        new URL("../../../examples/two-a-races-too-close.json", import.meta.url),
        "utf8",
      ),
    );
    const plan = planOf(scenario);
    expect(shortBlocks(plan)).toEqual(["ultra"]);
    const warning = plan.warnings.find((w) => w.id === "w-vert-short-ultra");
    expect(warning?.message).toMatch(
      /^Forest 50K: The race climbs 1200 m; after City Half, the weeks that lead to it climb at most \d+ m/,
    );
  });

  it("warns every ultra of a season whose own block climbs under 60% of its gain", () => {
    fc.assert(
      fc.property(seasonArbitrary, (scenario) => {
        const plan = planOf(scenario);
        for (const id of shortBlocks(plan)) expect(warnedFor(plan, id), id).toBe(true);
      }),
      { numRuns: runs, seed: 20261207 },
    );
  }, 300_000);
});
