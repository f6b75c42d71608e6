import { policy } from "./constants.ts";
import type { Week } from "./schema/plan.ts";
import type { RealizedWeek } from "./targets/realized.ts";
import type { TargetPlanner } from "./targets/targets.ts";
import { dropLongRun, type WeekTarget } from "./targets/week-target.ts";

/** A week as built from its target, and what it really holds. */
export interface BuiltWeek<P extends { week: Week }> {
  target: WeekTarget;
  planned: P;
  realized: RealizedWeek;
}

/** Builds a week again from a changed target. */
export type Rebuild<P extends { week: Week }> = (t: WeekTarget) => BuiltWeek<P>;

export interface FitUnderOptions {
  /** Shares of the limit aimed at in turn. */
  aims?: readonly number[];
  /** Whether the week may run one day fewer (a loading week; a taper keeps TP-2's days). */
  mayDropRunDay?: boolean;
}

/**
 * Small weeks round their sessions over a limit on their running (PR-2's ramp cap, a week
 * away's lighter ceiling, a taper week's fall, PR-4's maximum); bring them back under it.
 */
export function fitUnder<P extends { week: Week }>(
  built: BuiltWeek<P>,
  planner: TargetPlanner,
  rebuild: Rebuild<P>,
  limit: number,
  { aims = [0.98, 0.95, 0.9], mayDropRunDay = false }: FitUnderOptions = {},
): BuiltWeek<P> {
  const { runMin } = built.realized;
  if (runMin <= limit) return built;
  // Scaled from the larger of the two: a week its days could not fill ran under its target,
  // and a target cut by the realized week's excess alone would still be over the cap.
  const from = Math.max(runMin, built.target.runMin);
  const fits = (b: BuiltWeek<P>) =>
    b.realized.runMin <= limit && b.realized.load <= planner.loadCeiling();
  for (const aim of aims) {
    const retry = rebuild(planner.rescale(built.target, (limit * aim) / from, false));
    if (!fits(retry)) continue;
    // Scaling down may drop a session at its floor and leave the week far under the limit
    // (36 minutes over two runs cut to one run of 21 against a limit of 28); every later
    // week ramps from it (PR-2). Aim again from what the retry really holds.
    if (retry.realized.runMin >= limit * policy.fitUnderKeptShare || retry.realized.runMin <= 0)
      return retry;
    // Refilled on the days it kept: on its old days it would take back the dropped session.
    const held = mayDropRunDay ? withRunDays(retry.target, runDaysHeld(retry)) : retry.target;
    for (const refillAim of [1, aim]) {
      const refill = rebuild(
        planner.rescale(held, (limit * refillAim) / retry.realized.runMin, false),
      );
      if (fits(refill) && refill.realized.runMin > retry.realized.runMin) return refill;
    }
    return retry;
  }
  // Every run at its floor and still over the cap (a 16-minute session and a 20-minute long
  // run against 35): the week's minutes go to one run fewer.
  if (mayDropRunDay && built.target.runDays > 1 && built.target.runMin > 0) {
    const fewer = withRunDays(built.target, built.target.runDays - 1);
    for (const aim of [1, ...aims]) {
      const retry = rebuild(planner.rescale(fewer, (limit * aim) / fewer.runMin, false));
      if (fits(retry)) return retry;
    }
  }
  return built;
}

/** The week on fewer run days; a week left one run runs its session, not a long run. */
export function withRunDays(t: WeekTarget, runDays: number): WeekTarget {
  if (runDays >= t.runDays || runDays < 1) return t;
  const fewer = { ...t, runDays };
  if (runDays === 1) dropLongRun(fewer);
  return fewer;
}

/** The days a built week runs on, its training races' days among them. */
const runDaysHeld = (b: BuiltWeek<{ week: Week }>): number =>
  b.realized.dayRunMin.filter((m) => m > 0).length + b.target.frame.trainingRaces.length;
