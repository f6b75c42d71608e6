/**
 * The first third of the hard-free days after each race the season's blocks lead to (RC-1)
 * holds only rest and short, very easy running, whatever week it falls in: the race's own, a
 * recovery week, the next block's first weeks, or the race week of a later race. RC-1's first
 * two days after any race, a training race's too, hold no strength session.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { categoryOf, policy, recoveryRunDaysAfter, rules } from "../src/constants.ts";
import { daysBetween } from "../src/dates.ts";
import { seasonArbitrary } from "./multi-goal-arbitrary.ts";
import { planOf } from "./scenario-arbitrary.ts";

const runs = Math.min(Number(process.env.CAIRN_PROPERTY_RUNS ?? 1000), 400);
const shortRuns = new Set(["easy", "recovery"]);

describe("the days after a season's race", () => {
  it("run only recovery runs of at most 40 minutes through the first third of RC-1's window", () => {
    fc.assert(
      fc.property(seasonArbitrary, (scenario) => {
        const plan = planOf(scenario);
        // The races the season's blocks lead to (a training race inside a block is a session).
        const blockRaces = new Set(
          plan.weeks.filter((w) => w.phase === "race").map((w) => w.goalId),
        );
        for (const goal of plan.goals.filter((g) => blockRaces.has(g.id))) {
          const through = recoveryRunDaysAfter(categoryOf(goal.distanceKm));
          for (const day of plan.weeks.flatMap((w) => w.days)) {
            const after = daysBetween(goal.date, day.date);
            if (after < 1 || after > through) continue;
            for (const w of day.workouts.filter((x) => shortRuns.has(x.type))) {
              const at = `${w.type} ${w.durationMin} min ${after} days after ${goal.id}`;
              expect(w.durationMin, at).toBeLessThanOrEqual(policy.recoveryRunMaxMin);
              expect(w.intensity, at).toBe("easy");
            }
          }
        }
      }),
      { numRuns: runs, seed: 20261205 },
    );
  }, 300_000);

  it("hold no strength on RC-1's first two days after any race, but SP-2's only session of a week with no other day", () => {
    fc.assert(
      fc.property(seasonArbitrary, (scenario) => {
        const plan = planOf(scenario);
        for (const week of plan.weeks) {
          const strength = week.days.filter((d) => d.workouts.some((w) => w.type === "strength"));
          const lastResort = strength.length === 1 && week.phase !== "recovery";
          for (const day of strength) {
            const after = plan.goals.map((g) => daysBetween(g.date, day.date));
            const veryEasy = after.some((a) => a >= 1 && a <= rules.veryEasyDaysAfterRace);
            if (veryEasy) expect(lastResort, `strength on ${day.date}, ${week.phase}`).toBe(true);
          }
        }
      }),
      { numRuns: runs, seed: 20261207 },
    );
  }, 300_000);
});
