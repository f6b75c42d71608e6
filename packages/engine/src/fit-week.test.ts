import { describe, expect, it } from "vitest";
import { rules } from "./constants.ts";
import type { BuiltWeek } from "./fit-under.ts";
import { fitWeek } from "./fit-week.ts";
import type { WeekFrame } from "./macro/macro.ts";
import type { Week } from "./schema/plan.ts";
import { realizedOf } from "./targets/realized.ts";
import type { TargetPlanner } from "./targets/targets.ts";
import type { WeekTarget } from "./targets/week-target.ts";
import { makePlan, resize } from "./validate/fixtures.test-util.ts";

/** A week of one easy run: what a build gives, whatever its target asked. */
function weekRunning(minutes: number): { week: Week } {
  const week = structuredClone(makePlan().weeks[1]) as Week;
  const run = week.days[1]?.workouts[0];
  if (!run) throw new Error("the fixture's Tuesday holds an easy run");
  for (const day of week.days) day.workouts = [];
  week.days[1]?.workouts.push(resize(run, minutes));
  return { week };
}

/** The planner's arithmetic only: no load ceiling, no weekly maximum. */
const planner = {
  loadCeiling: () => Number.POSITIVE_INFINITY,
  rescale: (t: WeekTarget, factor: number) => ({ ...t, runMin: t.runMin * factor }),
  mostRunDays: () => 5,
  underWeeklyMax: () => true,
  weeklyMaxMin: () => Number.POSITIVE_INFINITY,
} as unknown as TargetPlanner;

const cutback = {
  frame: { index: 5, phase: "build", kind: "cutback", weekInPhase: 2 } as WeekFrame,
  runDays: 4,
  runMin: 210,
} as WeekTarget;

/** Fits a cutback after a 300-minute week whose sessions, cut, leave it at `cutMin`. */
function fitCutbackAfter300(cutMin: number, wholeMin: number): BuiltWeek<{ week: Week }> {
  const build = (t: WeekTarget) => weekRunning(t.wholeSessions ? wholeMin : cutMin);
  const planned = build(cutback);
  const first = { target: cutback, planned, realized: realizedOf(planned.week) };
  const before = realizedOf(weekRunning(300).week);
  return fitWeek(first, planner, build, before, 400);
}

describe("fitWeek: a cutback whose days can't hold what the session's cut frees", () => {
  it("keeps its sessions whole when that brings it back into PR-1's band", () => {
    // Cut sessions leave the week at 180 minutes whatever its target: a 40% fall.
    const fitted = fitCutbackAfter300(180, 225);
    expect(fitted.target.wholeSessions).toBe(true);
    const drop = 1 - fitted.realized.runMin / 300;
    expect(drop).toBeGreaterThanOrEqual(rules.cutbackMinDrop);
    expect(drop).toBeLessThanOrEqual(rules.cutbackMaxDrop);
  });

  it("cuts them as usual when the cut week already falls inside the band", () => {
    const fitted = fitCutbackAfter300(225, 240);
    expect(fitted.target.wholeSessions).toBeUndefined();
    expect(fitted.realized.runMin).toBe(225);
  });
});
