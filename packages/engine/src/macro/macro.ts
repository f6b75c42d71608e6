import { phaseWeeks, policy, recoversInDays, recoveryWeeks, taperWeeks } from "../constants.ts";
import { addDays, daysBetween } from "../dates.ts";
import type { Phase, PhaseKind, WeekKind } from "../schema/plan.ts";
import { blockGoals, raceWeekOf } from "../season/blocks.ts";
import { enduranceGoal, type GoalContext, terrainGoal } from "../season/goal-context.ts";
import { cutbackPatternAround, endOnCutback } from "./cutbacks.ts";
import { type PhaseLengths, phaseLengths } from "./phase-lengths.ts";

/** One week of the macro plan: where it sits, before any numbers. */
export interface WeekFrame {
  index: number;
  startDate: string;
  phase: PhaseKind;
  kind: WeekKind;
  /** The goal the week's block leads to (`focus.id`). */
  goalId: string;
  /** 0-based position inside its phase, and the phase's length. */
  weekInPhase: number;
  phaseLength: number;
  /** For the race week: the race's weekday (0 = Monday). */
  raceDay?: number;
  /** The goal whose race ends this block: its quality, its taper, its race. */
  focus: GoalContext;
  /** The longest race still ahead: peak volume, long-run growth and back-to-backs. */
  endurance: GoalContext;
  /** The hilliest race still ahead: the week's vert (SP-1) and hill work (SP-2). */
  terrain: GoalContext;
  /** Training races (C goals) this week, by weekday: each replaces the week's key session. */
  trainingRaces: { goal: GoalContext; day: number }[];
  /** A loading week mostly away (the first of such weeks): its stretch's lighter week. */
  away?: true;
  /** The lighter week before a B race early in the week: the race's mini-taper (MG-1). */
  miniTaper?: true;
}

/** A training week holding a training race (C goal): the race is that week's key session. */
export const holdsTrainingRace = (f: WeekFrame): boolean => f.kind === "race" && f.phase !== "race";

/** A week that trains lighter than those around it: a cutback, a training race's week, or one mostly away. */
export const isLighterWeek = (f: WeekFrame): boolean =>
  f.kind === "cutback" || holdsTrainingRace(f) || f.away === true;

/**
 * The one recovery week of a race whose legs come back in days (5K to half) with another
 * block to come: a short recovery that keeps an easy long run, shorter than the block's
 * longest (RC-1 bars hard sessions, not easy running).
 */
export const keepsLongRunInRecovery = (frames: readonly WeekFrame[], f: WeekFrame): boolean =>
  f.phase === "recovery" && recoversInDays(f.focus.category) && blockAhead(frames, f);

/** The last week of the race's recovery that `f` follows, when `f` opens the next block. */
export function recoveryBefore(frames: readonly WeekFrame[], f: WeekFrame): WeekFrame | undefined {
  const last = frames[f.index - 1];
  return last?.phase === "recovery" && last.goalId !== f.goalId ? last : undefined;
}

/** Another block follows the one `f` belongs to (its race is not the season's last). */
export const blockAhead = (frames: readonly WeekFrame[], f: WeekFrame): boolean =>
  frames.at(-1)?.goalId !== f.goalId;

/** The last week of its phase (a taper's last, a recovery's last). */
export const isLastOfPhase = (f: WeekFrame): boolean => f.weekInPhase === f.phaseLength - 1;

/** MG-1: a B race early in the week (Monday 0) has its mini-taper in the week before. */
export const miniTaperInWeekBefore = (goal: GoalContext, raceWeekday: number): boolean =>
  goal.mode === "b-race" && raceWeekday <= policy.bRaceEarlyWeekday;

/**
 * MG-1: the first day of the week before a B race on `raceWeekday` that falls in its
 * mini-taper (its last `miniTaperDays`); 7 when the race week holds them all.
 */
export const miniTaperFromDay = (raceWeekday: number): number =>
  Math.min(7, raceWeekday + 7 - policy.miniTaperDays);

/** A week after some race of the season: PR-3's four weeks before it may hold that race's. */
export const comesAfterARace = (frames: readonly WeekFrame[], frame: WeekFrame): boolean =>
  frames.some((f) => f.index < frame.index && f.phase === "race");

/** PH-2/PH-3 for one peaked goal: weeks short of the minimums, or beyond the maximums. */
export interface Runway {
  goal: GoalContext;
  weeksMissing: number;
  weeksExtra: number;
}

export interface Macro {
  weeks: WeekFrame[];
  phases: Phase[];
  runways: Runway[];
}

export const loadingKind: Partial<Record<PhaseKind, WeekKind>> = {
  base: "base",
  build: "build",
  specific: "build",
  peak: "peak",
};

/** A B race or training race has no peak and no taper of its own: its race week is the mini-taper (MG-1). */
function blockLengths(goal: GoalContext, preRaceWeeks: number): PhaseLengths {
  const result = phaseLengths(goal.category, preRaceWeeks);
  if (goal.mode === "peak") return result;
  const { lengths } = result;
  let spare = lengths.peak + lengths.taper;
  lengths.peak = 0;
  lengths.taper = 0;
  for (const p of ["specific", "build"] as const) {
    const add = Math.max(0, Math.min(spare, phaseWeeks[goal.category][p][1] - lengths[p]));
    lengths[p] += add;
    spare -= add;
  }
  lengths.base += spare;
  return result;
}

/**
 * PH-2 for a peaked goal: the weeks it had to build in — since the plan's start, or since
 * the last peaked race before it (B races and their recovery weeks in between still build).
 */
function weeksMissing(weeks: readonly WeekFrame[], goal: GoalContext, raceWeek: number): number {
  const lastPeak = weeks.findLast((w) => w.phase === "race" && w.focus.mode === "peak");
  const from = lastPeak ? lastPeak.index + 1 : 0;
  const built = weeks.slice(from).filter((w) => w.phase !== "recovery").length;
  const ranges = phaseWeeks[goal.category];
  const minimum =
    ranges.base[0] +
    ranges.build[0] +
    ranges.specific[0] +
    ranges.peak[0] +
    taperWeeks[goal.category];
  return Math.max(0, minimum - (built + raceWeek - weeks.length));
}

/**
 * macro — the season on the calendar (MG-1): a shared base, then one block per goal in date
 * order — each with its phases, its race week and its recovery, the next block rebuilding
 * from there — with the cutback rhythm inside each block's loading weeks.
 */
export function buildMacro(
  startDate: string,
  goals: readonly GoalContext[],
  cutbackEvery: number,
  isAwayWeek: (weekIndex: number) => boolean = () => false,
): Macro {
  const blocks = blockGoals(startDate, goals);
  const trainingRaceWeeks = new Set(
    goals.filter((g) => !blocks.includes(g)).map((g) => raceWeekOf(startDate, g)),
  );
  // A week mostly away is a lighter week of its own, unless one is right beside it (days away
  // or a training race) or it opens its block: PR-1 reads a lighter week by its fall from the
  // loading week before.
  const lighterAway = (index: number) =>
    isAwayWeek(index) &&
    !isAwayWeek(index - 1) &&
    !trainingRaceWeeks.has(index - 1) &&
    !trainingRaceWeeks.has(index + 1);
  const weeks: WeekFrame[] = [];
  const phases: Phase[] = [];
  const runways: Runway[] = [];
  blocks.forEach((goal, k) => {
    const raceWeek = raceWeekOf(startDate, goal);
    const { lengths, weeksExtra } = blockLengths(goal, raceWeek - weeks.length);
    if (goal.mode === "peak")
      runways.push({ goal, weeksMissing: weeksMissing(weeks, goal, raceWeek), weeksExtra });
    const next = blocks[k + 1];
    const fullRecovery = goal.mode === "peak" ? recoveryWeeks[goal.category] : 1;
    const gap = next ? raceWeekOf(startDate, next) - raceWeek - 1 : fullRecovery;
    // A peak close behind a B race keeps its whole taper (TP-1): the short recovery gives way,
    // RC-1's easy days still follow the race.
    const taperAfter =
      next?.mode === "peak" && goal.mode !== "peak" ? taperWeeks[next.category] : 0;
    const recovery = Math.min(fullRecovery, Math.max(0, gap - taperAfter));
    const sequence: [PhaseKind, number][] = [
      ["base", lengths.base],
      ["build", lengths.build],
      ["specific", lengths.specific],
      ["peak", lengths.peak],
      ["taper", lengths.taper],
      ["race", 1],
      ["recovery", recovery],
    ];
    const loadingWeeks = lengths.base + lengths.build + lengths.specific + lengths.peak;
    const blockStart = weeks.length;
    // A week holding a training race, or one mostly away, is that stretch's lighter week.
    const positions = Array.from({ length: loadingWeeks }, (_, w) => w);
    const awayWithin = new Set(positions.filter((w) => w > 0 && lighterAway(blockStart + w)));
    const lighterWithin = new Set(
      positions.filter((w) => trainingRaceWeeks.has(blockStart + w) || awayWithin.has(w)),
    );
    const pattern = cutbackPatternAround(
      loadingWeeks,
      lighterWithin,
      cutbackEvery,
      lengths.taper > 0,
      awayWithin,
    );
    const raceWeekday = daysBetween(startDate, goal.date) - raceWeek * 7;
    const miniTaperBefore = miniTaperInWeekBefore(goal, raceWeekday);
    const cutbacks = miniTaperBefore ? endOnCutback(pattern, lighterWithin, cutbackEvery) : pattern;
    const ahead = blocks.slice(k);
    const context = {
      goalId: goal.id,
      focus: goal,
      endurance: enduranceGoal(ahead, goal, (g) => g),
      terrain: terrainGoal(ahead, goal, (g) => g),
    };
    for (const [kind, length] of sequence) {
      if (length <= 0) continue;
      const weekIndexes: number[] = [];
      for (let i = 0; i < length; i++) {
        const index = weeks.length;
        const frame: WeekFrame = {
          index,
          startDate: addDays(startDate, index * 7),
          phase: kind,
          kind: cutbacks[index - blockStart]
            ? "cutback"
            : (loadingKind[kind] ?? (kind as WeekKind)),
          weekInPhase: i,
          phaseLength: length,
          ...context,
          trainingRaces: [],
        };
        if (kind === "race") frame.raceDay = raceWeekday;
        if (awayWithin.has(index - blockStart)) frame.away = true;
        else if (miniTaperBefore && index - blockStart === loadingWeeks - 1 && cutbacks.at(-1))
          frame.miniTaper = true;
        weeks.push(frame);
        weekIndexes.push(index);
      }
      // The first block's base serves every goal of the season.
      const shared = kind === "base" && k === 0 && blocks.length > 1;
      phases.push({
        index: phases.length,
        kind,
        goalId: shared ? null : goal.id,
        startDate: addDays(startDate, (weekIndexes[0] ?? 0) * 7),
        endDate: addDays(startDate, ((weekIndexes.at(-1) ?? 0) + 1) * 7 - 1),
        weekIndexes,
      });
    }
  });
  for (const g of goals) {
    if (blocks.includes(g)) continue;
    const offset = daysBetween(startDate, g.date);
    const frame = weeks[Math.floor(offset / 7)];
    if (!frame) continue;
    frame.trainingRaces.push({ goal: g, day: offset % 7 });
    // The race is the week's stress and its lighter week: no cutback or build label of its own.
    if (loadingKind[frame.phase]) frame.kind = "race";
  }
  return { weeks, phases, runways };
}
