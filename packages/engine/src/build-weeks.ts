import { isMarathonOrLonger, isUltra, policy } from "./constants.ts";
import type { PlanConstraints } from "./constraints.ts";
import { keptWeekday, keySessionsConflictId, keySessionsWarning } from "./explain/key-sessions.ts";
import { fitWeek } from "./fit-week.ts";
import { holdsTrainingRace, type WeekFrame } from "./macro/macro.ts";
import { weekAvailability } from "./microcycle/availability.ts";
import { carryOfWeek } from "./microcycle/carry.ts";
import { type CarryOver, emptyCarryOver } from "./microcycle/layout.ts";
import type { PlanContext } from "./plan-context.ts";
import type { AthleteProfile, PlanWarning, Week } from "./schema/plan.ts";
import { stepBelowMin } from "./targets/long-run.ts";
import { type RealizedWeek, realizedOf } from "./targets/realized.ts";
import { TargetPlanner } from "./targets/targets.ts";
import { isLighterTarget, type WeekTarget } from "./targets/week-target.ts";
import { weekPlan } from "./week-plan.ts";
import type { LockedDay } from "./workouts/locked-session.ts";
import { withZoneTargets } from "./workouts/zone-targets.ts";

export interface BuildSpan {
  /** Weeks before this index are not built but read from `kept` (regeneration). */
  from: number;
  /** The last week built; the weeks after it are not needed. */
  to: number;
  /** The weeks as they stand, for the weeks before `from`. */
  kept: readonly Week[];
  /** The seed of each built week. */
  seedOf: (weekIndex: number) => number;
  /** Runs the runner locked in a built week, which the rest of it is placed around. */
  lockedDaysOf?: (weekIndex: number) => LockedDay[];
}

export interface BuiltWeeks {
  /** Every week up to `to`: the kept ones first, then the built ones. */
  weeks: Week[];
  /** IN-4 warnings of the built weeks. */
  keyWarnings: PlanWarning[];
}

/**
 * Stages 5–8 week by week: targets from what the weeks before really hold, then placement,
 * workouts and explanations, fitted against PR-1..PR-3. With a span, the weeks before it are
 * read as they stand (their load, long runs and carry-over), so only the span is built.
 */
export function buildWeeks(ctx: PlanContext, span?: BuildSpan): BuiltWeeks {
  const { macro, profileResult, constraints, goals, scenario } = ctx;
  const { profile, history, paces } = profileResult;
  const planner = new TargetPlanner({ frames: macro.weeks, profile, history, constraints });
  const weeks: Week[] = [];
  const targets: WeekTarget[] = [];
  const realizedWeeks: RealizedWeek[] = [];
  const keyWarnings: PlanWarning[] = [];
  let carry: CarryOver = emptyCarryOver;
  for (const frame of macro.weeks) {
    if (span && frame.index > span.to) break;
    const kept = span && frame.index < span.from ? span.kept[frame.index] : undefined;
    if (kept) {
      const target = planner.next(frame);
      const realized = realizedOf(kept);
      realizedWeeks.push(realized);
      planner.record(target, realized);
      carry = carryOfWeek(kept, carry, goals);
      targets.push(target);
      weeks.push(kept);
      continue;
    }
    const build = (target: WeekTarget) =>
      weekPlan({
        target,
        before: targets,
        realizedBefore: realizedWeeks,
        seed: span ? span.seedOf(frame.index) : ctx.seed,
        carry,
        level: profile.level,
        goals,
        raceTimeMin: ctx.raceTimeMin,
        paces: paces.bySecPerKm,
        constraints,
        profile,
        fuelingGPerHour: fuelingFor(macro.weeks, frame, constraints),
        ...keepHardOf(scenario.choices, frame.index),
        ...(span?.lockedDaysOf ? { lockedDays: span.lockedDaysOf(frame.index) } : {}),
        frames: macro.weeks,
      });
    const target0 = keepingNextLongRun(planner.next(frame), span?.kept[frame.index + 1], span);
    const planned0 = build(target0);
    const { target, planned, realized } = fitWeek(
      { target: target0, planned: planned0, realized: realizedOf(planned0.week) },
      planner,
      build,
      cutbackReference(realizedWeeks, macro.weeks[frame.index - 1]),
      rampLimit(realizedWeeks, targets, frame, profile),
    );
    realizedWeeks.push(realized);
    planner.record(target, realized);
    carry = planned.carry;
    if (planned.closeKeys) keyWarnings.push(keySessionsWarning(frame.index, planned.closeKeys));
    targets.push(target);
    weeks.push(withZoneTargets(planned.week, profileResult.targets));
  }
  return { weeks, keyWarnings };
}

/**
 * LR-1 at a rebuilt span's end: the week after it is kept, so this week's long run is no
 * shorter than one its long run may step up from (a locked session squeezing the week takes
 * from its other runs first).
 */
function keepingNextLongRun(
  target: WeekTarget,
  next: Week | undefined,
  span: BuildSpan | undefined,
): WeekTarget {
  if (!next || !span || target.frame.index !== span.to) return target;
  const nextLong = next.totals.longRunMin;
  if (nextLong === 0) return target;
  const timeBased = isUltra(target.frame.endurance.category);
  return { ...target, longRunKeepMin: stepBelowMin(nextLong, timeBased) };
}

/**
 * SP-3: the long run's carbohydrate target rises across each block's specific and peak
 * weeks, when the longest race ahead is a marathon or longer.
 */
function fuelingFor(
  frames: readonly WeekFrame[],
  frame: WeekFrame,
  constraints: PlanConstraints,
): number | undefined {
  if (!isMarathonOrLonger(frame.endurance.category)) return undefined;
  const weeks = frames.filter(
    (f) => f.goalId === frame.goalId && (f.phase === "specific" || f.phase === "peak"),
  );
  if (!weeks.includes(frame)) return undefined;
  // From the start value to the peak by the block's last specific or peak week (a block of
  // one such week practises at the peak). A week holding a training race, or one away from
  // the first day to the last, may have no run to practise on: the peak comes by the last
  // week with one.
  const runnable = (f: WeekFrame) =>
    weekAvailability(f.startDate, constraints).runnable.some(Boolean);
  const practice = weeks.filter((f) => !holdsTrainingRace(f) && runnable(f));
  const ramp = practice.length > 0 ? practice : weeks;
  const at = Math.max(
    0,
    ramp.findLastIndex((f) => f.index <= frame.index),
  );
  const progress = ramp.length > 1 ? at / (ramp.length - 1) : 1;
  const g =
    policy.fuelingStartGPerHour +
    (policy.fuelingPeakGPerHour - policy.fuelingStartGPerHour) * progress;
  return Math.round(g / 5) * 5;
}

/** IN-4: the weekday the runner chose to keep hard in this week, when they answered. */
function keepHardOf(choices: Record<string, string>, weekIndex: number): { keepHard?: string } {
  const day = keptWeekday(choices[keySessionsConflictId(weekIndex)]);
  return day === undefined ? {} : { keepHard: day };
}

/** PR-1's reference week: the one before, or the full week before a training race week. */
function cutbackReference(
  realized: readonly RealizedWeek[],
  last: WeekFrame | undefined,
): RealizedWeek | undefined {
  return last && holdsTrainingRace(last) ? realized.at(-2) : realized.at(-1);
}

/**
 * PR-2's ceiling for a week as the validator reads it: the week before, or after a lighter
 * one (a cutback, a training race week, a week with days the athlete can't train) the bigger
 * of it and the last full week, plus the athlete's ramp cap.
 */
function rampLimit(
  realized: readonly RealizedWeek[],
  targets: readonly WeekTarget[],
  frame: WeekFrame,
  profile: Pick<AthleteProfile, "rampCap" | "chronicWeeklyMin">,
): number {
  const last = realized.at(-1);
  if (!last) return Number.POSITIVE_INFINITY;
  let reference = last.runMin;
  // A week away with no running at all is still read against the full week before it, or
  // with none before it against the athlete's usual week.
  const lighter = (t: WeekTarget | undefined) => t !== undefined && isLighterTarget(t);
  if (lighter(targets[frame.index - 1])) {
    const full = realized.findLastIndex((_, i) => !lighter(targets[i]) && i < frame.index - 1);
    reference = Math.max(reference, realized[full]?.runMin ?? profile.chronicWeeklyMin);
  }
  return reference > 0 ? reference * (1 + profile.rampCap) : Number.POSITIVE_INFINITY;
}
