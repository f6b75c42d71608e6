/**
 * After a race and its recovery, the next block returns toward the level run before the race,
 * as PR-2 lets the week after a cutback return to the level before it: a race and its
 * recovery are the season's deepest cutback. The block rebuilt from the recovery's few short
 * runs before: a three-day runner's A mountain 80K, after a B 100K run on weeks of 323
 * minutes, climbed from 120 minutes at 7% a week and peaked at 119.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Plan, Week } from "../src/schema/plan.ts";
import { validatePlan } from "../src/validate/validate.ts";
import { raceGoal } from "./race-goal.ts";
import { realisticSeasonArbitrary } from "./realistic-season-arbitrary.ts";
import { planOf } from "./scenario-arbitrary.ts";
import { trainingRunMin } from "./week-minutes.ts";

const fullKinds = new Set(["base", "build", "peak"]);

/** Each week that opens a block right after a race's recovery, with the last full week before that race. */
function returns(plan: Plan): { week: Week; lastFull: Week }[] {
  const out: { week: Week; lastFull: Week }[] = [];
  for (const [i, week] of plan.weeks.entries()) {
    const before = plan.weeks[i - 1];
    if (before?.phase !== "recovery" || before.goalId === week.goalId) continue;
    const race = plan.weeks.findLastIndex((w, j) => j < i && w.phase === "race");
    const lastFull = plan.weeks.slice(0, race).findLast((w) => fullKinds.has(w.kind));
    if (lastFull && fullKinds.has(week.kind)) out.push({ week, lastFull });
  }
  return out;
}

const threeDayRunner = planOf({
  startDate: "2027-01-04",
  seed: 145918,
  athlete: { level: "advanced", birthYear: 1985 },
  constraints: { maxRunDaysPerWeek: 3, strength: true },
  goals: [
    {
      ...raceGoal("g1", "2027-04-25", "B", { distanceKm: 100, elevationGainM: 300 }),
      name: "Road 100K",
    },
    raceGoal("g2", "2027-08-01", "A", {
      distanceKm: 80,
      surface: "mountain",
      elevationGainM: 4800,
    }),
  ],
});

describe("the rebuild after a race's recovery", () => {
  const [back] = returns(threeDayRunner);

  it("returns toward the level before the race, and says so", () => {
    expect(back).toBeDefined();
    if (!back) return;
    const recovery = threeDayRunner.weeks[back.week.index - 1] as Week;
    expect(trainingRunMin(recovery)).toBeLessThan(0.5 * trainingRunMin(back.lastFull));
    expect(trainingRunMin(back.week)).toBeGreaterThanOrEqual(0.75 * trainingRunMin(back.lastFull));
    expect(back.week.why).toContain("back to training after Road 100K's recovery");
    expect(validatePlan(threeDayRunner).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("is read by PR-2 against the last full week before the race, and no further", () => {
    if (!back) throw new Error("no week after the recovery");
    const plan = structuredClone(threeDayRunner);
    const week = plan.weeks[back.week.index] as Week;
    const easy = week.days.flatMap((d) => d.workouts).find((w) => w.type === "easy");
    if (!easy) throw new Error("no easy run to lengthen");
    const ceiling = trainingRunMin(back.lastFull) * (1 + plan.athleteProfile.rampCap);
    easy.durationMin += Math.floor(ceiling - trainingRunMin(week)) + 3;
    expect(validatePlan(plan).filter((f) => f.rule === "PR-2")).toEqual([
      expect.objectContaining({ weekIndex: back.week.index, refWeekIndex: back.lastFull.index }),
    ]);
  });

  it("opens at half the level before the race at least, unless PR-3, the athlete's days or maximum, or days away hold it", () => {
    fc.assert(
      fc.property(realisticSeasonArbitrary, (scenario) => {
        for (const { week, lastFull } of returns(planOf(scenario))) {
          if (/PR-3|PR-4|days allow|days away/.test(week.why)) continue;
          expect(trainingRunMin(week), week.startDate).toBeGreaterThanOrEqual(
            0.5 * trainingRunMin(lastFull),
          );
        }
      }),
      { numRuns: 200, seed: 11 },
    );
  }, 120_000);
});
