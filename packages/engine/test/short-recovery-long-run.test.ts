/**
 * MG-1: a B race's recovery is short. The week after a half, with a 50K to come, ran four
 * easy runs of 75 minutes and no long run, where the loading weeks ran easy runs of 25–40
 * minutes beside long runs of 2 h 40. It now keeps an easy long run, shorter than the last
 * loading one and longer than its easy runs, and no session above easy (RC-1); the taper
 * after it shortens its long runs from the last loading one, not from that week's.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generatePlan } from "../src/generate.ts";
import type { Plan, Week, Workout } from "../src/schema/plan.ts";
import { validatePlan } from "../src/validate/validate.ts";

function examplePlan(name: string): Plan {
  const url = new URL(`../../../examples/${name}.json`, import.meta.url);
  const result = generatePlan(JSON.parse(readFileSync(url, "utf8")), { today: "2026-11-25" });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const workoutsOf = (w: Week): Workout[] => w.days.flatMap((d) => d.workouts);
const longRunOf = (w: Week): number =>
  Math.max(
    0,
    ...workoutsOf(w)
      .filter((x) => x.type === "long")
      .map((x) => x.durationMin),
  );
const isRun = (x: Workout) => !["rest", "strength", "mobility", "cross"].includes(x.type);

/** The recovery week after the season's first race, and the loading weeks before that race. */
function aroundFirstRace(plan: Plan) {
  const race = plan.weeks.findIndex((w) => w.phase === "race");
  const recovery = plan.weeks[race + 1] as Week;
  const loading = plan.weeks.slice(0, race).filter((w) => w.kind === "build" || w.kind === "peak");
  return { recovery, lastLoadingLong: longRunOf(loading.at(-1) as Week), after: race + 2 };
}

describe("the recovery week after a B half, a 50K to come (hm-and-50k)", () => {
  const plan = examplePlan("hm-and-50k");
  const { recovery, lastLoadingLong } = aroundFirstRace(plan);

  it("keeps an easy long run, shorter than the last loading one, longer than its easy runs", () => {
    expect(recovery.phase).toBe("recovery");
    const long = workoutsOf(recovery).find((x) => x.type === "long");
    expect(long?.intensity).toBe("easy");
    const longMin = long?.durationMin ?? 0;
    expect(longMin).toBeLessThan(lastLoadingLong);
    const others = workoutsOf(recovery).filter((x) => isRun(x) && x !== long);
    for (const x of others) expect(x.durationMin).toBeLessThan(longMin);
    expect(recovery.why).toContain("easy long run shorter than the last");
  });

  it("holds no run above easy, and the plan keeps every rule", () => {
    const aboveEasy = workoutsOf(recovery).filter((x) => isRun(x) && x.intensity !== "easy");
    expect(aboveEasy).toEqual([]);
    expect(validatePlan(plan).filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("the taper right after a B half's recovery (two-a-races-too-close)", () => {
  const plan = examplePlan("two-a-races-too-close");
  const { recovery, lastLoadingLong, after } = aroundFirstRace(plan);

  it("shortens its long run from the last loading one, not the recovery week's", () => {
    const taper = plan.weeks[after] as Week;
    expect(taper.phase).toBe("taper");
    expect(longRunOf(recovery)).toBeGreaterThan(0);
    // TP-2's first taper week keeps about 60% of the long run it falls from.
    expect(longRunOf(taper)).toBeGreaterThanOrEqual(0.6 * lastLoadingLong);
    expect(validatePlan(plan).filter((f) => f.severity === "error")).toEqual([]);
  });
});
