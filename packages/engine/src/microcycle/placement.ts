import { policy } from "../constants.ts";
import type { PlanConstraints } from "../constraints.ts";
import { epochDayOf } from "../dates.ts";
import type { Random } from "../random.ts";
import type { Level } from "../schema/scenario.ts";
import type { WeekTarget } from "../targets/week-target.ts";
import type { LockedDay } from "../workouts/locked-session.ts";
import { dayCapMin } from "./availability.ts";
import { type DayRules, inNoHardWindow } from "./choose-days.ts";
import type { CarryOver } from "./layout.ts";
import { WeekSlots } from "./week-slots.ts";

export interface PlaceContext {
  level: Level;
  carry: CarryOver;
  random: Random;
  /** Epoch day of the race, and how many days after it stay free of hard sessions (RC-1). */
  raceDay: number;
  recoveryNoHardDays: number;
  constraints: PlanConstraints;
  /** The long-run weekday the next week prefers, for the eve of a Monday long run. */
  nextLongRunDay: number;
  /** IN-4: the user's answer for this week, the weekday whose key session stays hard. */
  keepHard?: string;
  /** Next week opens with a race (its block's or a training race): this Sunday is its eve (TP-3). */
  raceNextMonday: boolean;
  /** Days whose easy runs are short z1 recovery runs (RC-1's first days after a race). */
  recoveryRunDays: ReadonlySet<number>;
  /** Runs the runner locked on this week's days (regeneration builds the rest around them). */
  lockedDays?: readonly LockedDay[];
}

/** One week as it is being placed: its slots so far and the rules its days answer to. */
export interface Placement {
  t: WeekTarget;
  ctx: PlaceContext;
  /** Epoch day of the week's Monday. */
  start: number;
  week: WeekSlots;
  dayRules: DayRules;
  /**
   * The last epoch days of the windows this week's own races and key sessions open into the
   * next: no hard session, no moderate one, very easy days, recovery runs (LR-5, RC-1).
   */
  own: { noHard: number; noModerate: number; veryEasy: number; recoveryRuns: number };
  /** A training race's eve and the day after it. */
  trainingRaceEves: Set<number>;
  trainingRaceDays: Set<number>;
}

export function startPlacement(t: WeekTarget, ctx: PlaceContext): Placement {
  const start = epochDayOf(t.frame.startDate);
  const week = new WeekSlots();
  const dayRules: DayRules = {
    start,
    runnable: t.availability.runnable,
    used: week.runDays,
    // The race is a hard day every week must keep its distance from (IN-3, IN-4).
    hardEpochs: [...ctx.carry.hardDays, ctx.raceDay],
    anchorEpochs: [...ctx.carry.anchorDays],
    noHardThrough: ctx.carry.noHardThrough,
    noHardDays: new Set<number>(),
    noModerateThrough: ctx.carry.noModerateThrough,
    lateRecoveryDays: new Set<number>(),
    recoveryRunDays: new Set(ctx.recoveryRunDays),
    runRoomMin: [0, 1, 2, 3, 4, 5, 6].map((d) => runRoomMin(t, ctx.constraints, d)),
    random: ctx.random,
  };
  // A Monday race next week: no hard session on its two days before, as for a race this week
  // (TP-3: Sunday is its eve; IN-3).
  if (ctx.raceNextMonday) dayRules.noHardDays.add(5).add(6);
  // A Monday long run next week, or a Tuesday one whose back-to-back starts Monday, makes
  // this Sunday its eve (IN-5), in a week without a long run too.
  if (ctx.nextLongRunDay <= 1) dayRules.noHardDays.add(6);
  const none = Number.NEGATIVE_INFINITY;
  return {
    t,
    ctx,
    start,
    week,
    dayRules,
    own: { noHard: none, noModerate: none, veryEasy: none, recoveryRuns: none },
    trainingRaceEves: new Set<number>(),
    trainingRaceDays: new Set(t.frame.trainingRaces.map((r) => r.day)),
  };
}

/**
 * The longest run day `d` can hold. Strength goes beside an easy run first (SP-2), and on a
 * capped weekday the two share the cap.
 */
export function runRoomMin(t: WeekTarget, c: PlanConstraints, d: number): number {
  const cap = dayCapMin(d, c);
  const strength = t.nonRun.strengthSessions > 0 ? t.nonRun.strengthMin : 0;
  return Number.isFinite(cap) ? cap - strength : cap;
}

/**
 * How long each of the week's `count` easy runs would be if its days could hold them: the
 * week's running less its long runs and its sessions (their quality, warm-up and cool-down,
 * no longer than a capped weekday).
 */
export function easyRunWantMin(
  t: WeekTarget,
  week: WeekSlots,
  c: PlanConstraints,
  count: number,
): number {
  const sessions = week.slots.filter((s) => s.role === "hard" || s.role === "moderate").length;
  const wrap = policy.warmupMin[1] + policy.cooldownMin[1];
  const sessionMin = Math.min(
    t.qualityMin / Math.max(1, sessions) + wrap,
    c.weekdayMaxMin ?? Number.POSITIVE_INFINITY,
  );
  const keyMin = t.longRunMin + t.mediumLongMin + sessions * sessionMin;
  return Math.max(0, t.runMin - keyMin) / Math.max(1, count);
}

/** How many of the week's run days are still free. */
export const runSlotsLeft = (p: Placement): number => p.t.runDays - p.week.runDays.size;

/**
 * The days the week's placement kept free of hard sessions: RC-1's and LR-5's windows, this
 * week's and carried over, a race's two days before, the day after last week's hard day (IN-3).
 */
export function hardBarredDays(p: Placement): Set<number> {
  const { start, dayRules, ctx } = p;
  const afterHard = ctx.carry.hardDays.map((e) => e + 1 - start);
  return new Set(
    [0, 1, 2, 3, 4, 5, 6].filter((d) => inNoHardWindow(dayRules, d) || afterHard.includes(d)),
  );
}

/** What the week hands the next: its last hard and anchor days, and the windows still open. */
export function carryOf(p: Placement): CarryOver {
  const weekEnd = p.start + 6;
  const { carry } = p.ctx;
  return {
    hardDays: p.dayRules.hardEpochs.filter((e) => e > weekEnd - 3),
    anchorDays: p.dayRules.anchorEpochs.filter((e) => e > weekEnd - 2),
    noHardThrough: Math.max(p.own.noHard, carry.noHardThrough),
    noModerateThrough: Math.max(p.own.noModerate, carry.noModerateThrough),
    veryEasyThrough: Math.max(p.own.veryEasy, carry.veryEasyThrough),
    recoveryRunsThrough: Math.max(p.own.recoveryRuns, carry.recoveryRunsThrough),
  };
}
