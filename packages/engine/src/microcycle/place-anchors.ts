import {
  firstDaysAfterRace,
  recoveryNoHardDays,
  recoveryRunDaysAfter,
  rules,
} from "../constants.ts";
import type { Level } from "../schema/scenario.ts";
import type { WeekTarget } from "../targets/week-target.ts";
import { eveShakesOut, holdsSharpSession } from "./key-days.ts";
import type { Placement } from "./placement.ts";

/** The key sessions a week still wants once its races and long run are placed. */
export interface KeysWanted {
  hard: number;
  moderate: boolean;
}

/** A locked run holds its day and its intensity: the week's key sessions count it. */
export function placeLockedDays(p: Placement): void {
  for (const { day, intensity } of p.ctx.lockedDays ?? []) {
    p.week.put(day, intensity === "easy" ? "easy" : intensity);
    if (intensity === "hard") {
      p.dayRules.hardEpochs.push(p.start + day);
      p.dayRules.anchorEpochs.push(p.start + day);
    }
  }
}

/** MG-1: a training race is the week's key session; its eve rests and RC-1 follows it. */
export function placeTrainingRaces(p: Placement): void {
  const { start, dayRules, own } = p;
  for (const { day, goal } of p.t.frame.trainingRaces) {
    p.week.put(day, "race");
    dayRules.hardEpochs.push(start + day);
    dayRules.anchorEpochs.push(start + day);
    dayRules.noHardDays.add(day - 1).add(day - 2);
    p.trainingRaceEves.add(day - 1).add(day + 1);
    const noHard = recoveryNoHardDays[goal.category];
    const veryEasy = firstDaysAfterRace(noHard);
    for (let d = day + 1; d <= Math.min(6, day + noHard); d++) {
      dayRules.noHardDays.add(d);
      if (d > day + veryEasy) dayRules.lateRecoveryDays.add(d);
    }
    own.noHard = Math.max(own.noHard, start + day + noHard);
    own.noModerate = Math.max(own.noModerate, start + day + veryEasy);
    own.veryEasy = Math.max(own.veryEasy, start + day + rules.veryEasyDaysAfterRace);
  }
}

/**
 * The week's own anchor: its block's race (with the eve's shake-out), or its long run and
 * back-to-back, with the days they keep free of hard sessions (TP-3, IN-5, LR-5, RC-1).
 * Returns the key sessions the week still wants around it.
 */
export function placeRaceOrLongRun(p: Placement): KeysWanted {
  const { t, ctx } = p;
  if (t.frame.phase === "race" && t.frame.raceDay !== undefined)
    return placeRace(p, t.frame.raceDay);
  if (t.longRunDay === undefined) {
    const anchorsLeft = rules.maxStressAnchors - t.frame.trainingRaces.length;
    return { hard: hardSessionsWanted(t, ctx.level, anchorsLeft), moderate: false };
  }
  return placeLongRun(p, t.longRunDay);
}

function placeRace(p: Placement, race: number): KeysWanted {
  const { t, ctx, start, dayRules, own } = p;
  p.week.put(race, "race");
  dayRules.anchorEpochs.push(start + race);
  const eveRuns = eveShakesOut(t.availability.runnable, race, t.runDays);
  // An eve holding a training race has no room for a shake-out (the runner is told, TP-3).
  const eveFree = !p.trainingRaceDays.has(race - 1);
  if (race >= 1 && t.availability.runnable[race - 1] && eveRuns && eveFree)
    p.week.put(race - 1, "shakeout");
  dayRules.noHardDays.add(race - 1).add(race - 2);
  for (let d = race + 1; d < 7; d++) dayRules.noHardDays.add(d);
  own.noHard = start + race + ctx.recoveryNoHardDays;
  own.noModerate = start + race + firstDaysAfterRace(ctx.recoveryNoHardDays);
  own.veryEasy = start + race + rules.veryEasyDaysAfterRace;
  own.recoveryRuns = start + race + recoveryRunDaysAfter(t.frame.focus.category);
  // A training race, this week's own or another, is its key session already (MG-1, IN-2).
  const trainingRace = t.frame.focus.mode === "training-race";
  const sharp = !trainingRace && holdsSharpSession(race, t.frame.trainingRaces.length);
  return { hard: sharp ? 1 : 0, moderate: false };
}

function placeLongRun(p: Placement, longRunDay: number): KeysWanted {
  const { t, ctx, start, dayRules, own } = p;
  const locked = ctx.lockedDays ?? [];
  p.week.put(longRunDay, "long");
  if (t.backToBack && t.mediumLongDay !== undefined) p.week.put(t.mediumLongDay, "medium-long");
  for (const d of [longRunDay, t.mediumLongDay])
    if (d !== undefined) dayRules.recoveryRunDays.add((d + 1) % 7);
  const blockStart = Math.min(longRunDay, t.mediumLongDay ?? longRunDay);
  const blockEnd = Math.max(longRunDay, t.mediumLongDay ?? longRunDay);
  // A lighter week's long run may grow to its ceiling when its easy days run short.
  const longest = Math.max(t.longRunMin, t.longRunCeilingMin);
  const bigWeekend = t.backToBack || longest >= rules.protectAfterLongRunMin;
  const anchorLong = t.backToBack || longest >= rules.anchorLongRunMin;
  if (anchorLong)
    for (let d = blockStart; d <= blockEnd; d++) dayRules.anchorEpochs.push(start + d);
  dayRules.noHardDays.add(blockStart - 1);
  // Recover after the long run: one easy day always, two after a big weekend (LR-5).
  const protect = bigWeekend ? rules.protectDaysAfterLong : 1;
  for (let d = blockEnd + 1; d <= blockEnd + protect; d++) dayRules.noHardDays.add(d);
  own.noHard = Math.max(own.noHard, start + blockEnd + protect);
  own.noModerate = Math.max(own.noModerate, start + blockEnd + protect);
  const anchorsLeft = rules.maxStressAnchors - (anchorLong ? 1 : 0) - t.frame.trainingRaces.length;
  const lockedHard = locked.filter((r) => r.intensity === "hard").length;
  return {
    hard: Math.max(0, hardSessionsWanted(t, ctx.level, anchorsLeft) - lockedHard),
    moderate:
      !locked.some((r) => r.intensity === "moderate") &&
      t.frame.trainingRaces.length === 0 &&
      (t.frame.phase === "build" || t.frame.phase === "specific") &&
      t.frame.kind !== "cutback" &&
      ctx.level !== "beginner" &&
      t.runDays >= 5,
  };
}

function hardSessionsWanted(t: WeekTarget, level: Level, anchorsLeft: number): number {
  // A taper's lone run is its short, sharp session (TP-2 keeps the intensity).
  const phase = t.frame.phase;
  // A recovery week, long run or not, holds no hard session (RC-1).
  if (phase === "recovery") return 0;
  if (t.runDays <= 1)
    return phase === "taper" && t.longRunDay === undefined ? Math.min(1, anchorsLeft) : 0;
  const light =
    phase === "base" || phase === "taper" || t.frame.kind === "cutback" || level === "beginner";
  // A training race replaces the week's key session (MG-1): none runs beside it.
  const keys = t.frame.trainingRaces.length > 0 ? 0 : light ? 1 : 2;
  return Math.max(0, Math.min(anchorsLeft, keys, t.runDays - 1 - (t.backToBack ? 1 : 0)));
}
