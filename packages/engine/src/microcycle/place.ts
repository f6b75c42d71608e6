import {
  firstDaysAfterRace,
  recoveryNoHardDays,
  recoveryRunDaysAfter,
  rules,
} from "../constants.ts";
import type { PlanConstraints } from "../constraints.ts";
import { epochDayOf } from "../dates.ts";
import type { Random } from "../random.ts";
import type { Intensity } from "../schema/plan.ts";
import { type Level, weekdays } from "../schema/scenario.ts";
import type { WeekTarget } from "../targets/week-target.ts";
import { afterRaceRunDays } from "./after-race-days.ts";
import {
  canTradeDays,
  chooseDays,
  closeSecondHard,
  type DayRules,
  hardDayLeavingModerate,
} from "./choose-days.ts";
import { eveShakesOut, holdsSharpSession } from "./key-days.ts";
import type { CarryOver, Slot, WeekLayout } from "./layout.ts";
import { placeNonRunning } from "./non-running.ts";
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
  lockedRuns?: readonly { day: number; intensity: Intensity }[];
}

/**
 * microcycle — place one week's sessions: key sessions first (race, long run and its
 * back-to-back, hard sessions, a moderate third), then easy runs, then strength and mobility,
 * under IN-2..IN-5, LR-5, RC-1 and the athlete's days.
 */
export function placeWeek(
  t: WeekTarget,
  ctx: PlaceContext,
): { layout: WeekLayout; carry: CarryOver } {
  const start = epochDayOf(t.frame.startDate);
  const week = new WeekSlots();
  const { slots } = week;
  // The race is a hard day every week must keep its distance from (IN-3, IN-4).
  const hardEpochs = [...ctx.carry.hardDays, ctx.raceDay];
  const anchorEpochs = [...ctx.carry.anchorDays];
  // Hard-free days this week's own key sessions impose on the next week (LR-5, RC-1).
  let ownNoHard = Number.NEGATIVE_INFINITY;
  let ownNoModerate = Number.NEGATIVE_INFINITY;
  let ownVeryEasy = Number.NEGATIVE_INFINITY;
  let ownRecoveryRuns = Number.NEGATIVE_INFINITY;
  const dayRules: DayRules = {
    start,
    runnable: t.availability.runnable,
    used: week.runDays,
    hardEpochs,
    anchorEpochs,
    noHardThrough: ctx.carry.noHardThrough,
    noHardDays: new Set<number>(),
    noModerateThrough: ctx.carry.noModerateThrough,
    lateRecoveryDays: new Set<number>(),
    recoveryRunDays: new Set(ctx.recoveryRunDays),
    random: ctx.random,
  };

  // A Monday race next week: no hard session on its two days before, as for a race this week
  // (TP-3: Sunday is its eve; IN-3).
  if (ctx.raceNextMonday) dayRules.noHardDays.add(5).add(6);
  // A Monday long run next week, or a Tuesday one whose back-to-back starts Monday, makes
  // this Sunday its eve (IN-5), in a week without a long run too.
  if (ctx.nextLongRunDay <= 1) dayRules.noHardDays.add(6);
  let hardWanted = 0;
  let moderateWanted = false;
  // A locked run holds its day and its intensity: the week's key sessions count it.
  const locked = ctx.lockedRuns ?? [];
  for (const run of locked) {
    week.put(run.day, run.intensity === "easy" ? "easy" : run.intensity);
    if (run.intensity === "hard") {
      hardEpochs.push(start + run.day);
      anchorEpochs.push(start + run.day);
    }
  }
  // MG-1: a training race is the week's key session; its eve rests and RC-1 follows it.
  const trainingRaceEves = new Set<number>();
  const trainingRaceDays = new Set(t.frame.trainingRaces.map((r) => r.day));
  for (const { day, goal } of t.frame.trainingRaces) {
    week.put(day, "race");
    hardEpochs.push(start + day);
    anchorEpochs.push(start + day);
    dayRules.noHardDays.add(day - 1).add(day - 2);
    trainingRaceEves.add(day - 1).add(day + 1);
    const noHard = recoveryNoHardDays[goal.category];
    const veryEasy = firstDaysAfterRace(noHard);
    for (let d = day + 1; d <= Math.min(6, day + noHard); d++) {
      dayRules.noHardDays.add(d);
      if (d > day + veryEasy) dayRules.lateRecoveryDays.add(d);
    }
    ownNoHard = Math.max(ownNoHard, start + day + noHard);
    ownNoModerate = Math.max(ownNoModerate, start + day + veryEasy);
    ownVeryEasy = Math.max(ownVeryEasy, start + day + rules.veryEasyDaysAfterRace);
  }
  if (t.frame.phase === "race" && t.frame.raceDay !== undefined) {
    const race = t.frame.raceDay;
    week.put(race, "race");
    anchorEpochs.push(start + race);
    const eveRuns = eveShakesOut(t.availability.runnable, race, t.runDays);
    // An eve holding a training race has no room for a shake-out (the runner is told, TP-3).
    const eveFree = !trainingRaceDays.has(race - 1);
    if (race >= 1 && t.availability.runnable[race - 1] && eveRuns && eveFree)
      week.put(race - 1, "shakeout");
    dayRules.noHardDays.add(race - 1).add(race - 2);
    for (let d = race + 1; d < 7; d++) dayRules.noHardDays.add(d);
    // A training race this week is its key session already (MG-1, IN-2).
    hardWanted = holdsSharpSession(race, t.frame.trainingRaces.length) ? 1 : 0;
    ownNoHard = start + race + ctx.recoveryNoHardDays;
    ownNoModerate = start + race + firstDaysAfterRace(ctx.recoveryNoHardDays);
    ownVeryEasy = start + race + rules.veryEasyDaysAfterRace;
    ownRecoveryRuns = start + race + recoveryRunDaysAfter(t.frame.focus.category);
  } else if (t.longRunDay === undefined) {
    if (t.frame.phase !== "recovery")
      hardWanted = hardSessionsWanted(
        t,
        ctx.level,
        rules.maxStressAnchors - t.frame.trainingRaces.length,
      );
  } else {
    week.put(t.longRunDay, "long");
    if (t.backToBack && t.mediumLongDay !== undefined) week.put(t.mediumLongDay, "medium-long");
    for (const d of [t.longRunDay, t.mediumLongDay])
      if (d !== undefined) dayRules.recoveryRunDays.add((d + 1) % 7);
    const blockStart = Math.min(t.longRunDay, t.mediumLongDay ?? t.longRunDay);
    const blockEnd = Math.max(t.longRunDay, t.mediumLongDay ?? t.longRunDay);
    // A lighter week's long run may grow to its ceiling when its easy days run short.
    const longest = Math.max(t.longRunMin, t.longRunCeilingMin);
    const bigWeekend = t.backToBack || longest >= rules.protectAfterLongRunMin;
    const anchorLong = t.backToBack || longest >= rules.anchorLongRunMin;
    if (anchorLong) for (let d = blockStart; d <= blockEnd; d++) anchorEpochs.push(start + d);
    dayRules.noHardDays.add(blockStart - 1);
    // Recover after the long run: one easy day always, two after a big weekend (LR-5).
    const protect = bigWeekend ? rules.protectDaysAfterLong : 1;
    for (let d = blockEnd + 1; d <= blockEnd + protect; d++) dayRules.noHardDays.add(d);
    ownNoHard = Math.max(ownNoHard, start + blockEnd + protect);
    ownNoModerate = Math.max(ownNoModerate, start + blockEnd + protect);
    const anchorsLeft =
      rules.maxStressAnchors - (anchorLong ? 1 : 0) - t.frame.trainingRaces.length;
    hardWanted = Math.max(
      0,
      hardSessionsWanted(t, ctx.level, anchorsLeft) -
        locked.filter((r) => r.intensity === "hard").length,
    );
    moderateWanted =
      !locked.some((r) => r.intensity === "moderate") &&
      t.frame.trainingRaces.length === 0 &&
      (t.frame.phase === "build" || t.frame.phase === "specific") &&
      t.frame.kind !== "cutback" &&
      ctx.level !== "beginner" &&
      t.runDays >= 5;
  }
  let hardDays = chooseDays(
    dayRules,
    "hard",
    Math.min(hardWanted, Math.max(0, runSlotsLeft(t, week))),
  );
  // One key session and a moderate one wanted: put the key where the moderate still fits.
  if (moderateWanted && hardDays.length === 1 && runSlotsLeft(t, week) > 1) {
    const roomy = hardDayLeavingModerate(dayRules);
    if (roomy !== undefined) hardDays = [roomy];
  }
  // IN-4: two key sessions wanted and only days two apart for them: both, and the user chooses.
  let closeKeys: [number, number] | undefined;
  let answered = false;
  const [onlyHard] = hardDays;
  if (
    hardWanted >= 2 &&
    hardDays.length === 1 &&
    onlyHard !== undefined &&
    runSlotsLeft(t, week) > 1
  ) {
    const second = closeSecondHard(dayRules, onlyHard);
    if (second !== undefined) {
      const pair: [number, number] = onlyHard < second ? [onlyHard, second] : [second, onlyHard];
      const kept = pair.find((d) => ctx.keepHard === weekdays[d]);
      if (kept === undefined) {
        hardDays = pair;
        closeKeys = pair;
      } else {
        // The runner's answer: that day stays hard, the other is an easy run, nothing moves.
        hardDays = [kept];
        moderateWanted = false;
        answered = true;
      }
    }
  }
  for (const day of hardDays) {
    week.put(day, "hard");
    hardEpochs.push(start + day);
    anchorEpochs.push(start + day);
  }
  // No day could hold the hard session: a moderate one keeps the week's quality (IN-1). Beside
  // at most the long run's anchor, IN-2 asks it no distance from it.
  const training = t.frame.phase !== "race" && t.frame.phase !== "recovery";
  if (
    training &&
    hardWanted > 0 &&
    hardDays.length === 0 &&
    !moderateWanted &&
    runSlotsLeft(t, week) > 0
  ) {
    // Never on a race's eve, nor in RC-1's very easy days; past the first half of RC-1's window
    // and a big weekend's days (LR-5) when the week has a day there, and always in a taper,
    // which keeps its intensity (TP-2).
    const eves = [ctx.raceDay - 1 - start, ...trainingRaceEves, ...(ctx.raceNextMonday ? [6] : [])];
    const from = (through: number) =>
      new Set([...eves, ...[0, 1, 2, 3, 4, 5, 6].filter((d) => start + d <= through)]);
    const calm = t.frame.phase === "taper" ? [] : [ctx.carry.noModerateThrough];
    for (const through of [...calm, ctx.carry.veryEasyThrough]) {
      const [day] = chooseDays(dayRules, "easy", 1, from(through));
      if (day === undefined) continue;
      week.put(day, "moderate");
      break;
    }
  }
  if (moderateWanted && runSlotsLeft(t, week) > 0)
    for (const day of chooseDays(dayRules, "moderate", 1)) week.put(day, "moderate");
  if (!answered) keyBeforeModerate(slots, dayRules);
  const easyBlocked =
    t.frame.phase === "race" || t.frame.phase === "recovery"
      ? daysJustAfterRace(start, ctx.raceDay)
      : new Set<number>();
  for (const d of trainingRaceEves) easyBlocked.add(d);
  // TP-3 for a Monday race: this Sunday is its eve, a shake-out or rest.
  if (ctx.raceNextMonday) easyBlocked.add(6);
  // RC-1: after the race the week rests; recovery running starts with the recovery phase.
  if (t.frame.phase === "race" && t.frame.raceDay !== undefined) {
    for (let d = t.frame.raceDay + 1; d < 7; d++) easyBlocked.add(d);
  }
  // TP-3: the eve of the race holds the shake-out or nothing.
  if (t.frame.phase === "race" && t.frame.raceDay !== undefined)
    easyBlocked.add(t.frame.raceDay - 1);
  for (const day of chooseDays(dayRules, "easy", Math.max(0, runSlotsLeft(t, week)), easyBlocked)) {
    week.put(day, "easy");
    const slot = slots.at(-1);
    if (slot && isCalm(dayRules, day)) slot.calm = true;
  }
  // A taper keeps its run days (TP-2): a training race's eve takes a shake-out, and when the
  // eve can't run or the week is still short, the day after it a very easy run (RC-1).
  if (t.frame.phase === "taper") {
    const free = (d: number) =>
      d >= 0 &&
      d < 7 &&
      t.availability.runnable[d] &&
      !slots.some((s) => s.day === d && s.role !== "strength" && s.role !== "mobility");
    for (const { day } of t.frame.trainingRaces) {
      if (runSlotsLeft(t, week) <= 0) break;
      if (free(day - 1)) week.put(day - 1, "shakeout");
      const short = runSlotsLeft(t, week) > 0;
      if (short && free(day + 1) && !(ctx.raceNextMonday && day + 1 === 6))
        week.put(day + 1, "easy");
    }
  }
  // A race week short of its run days (TP-2) takes the shake-out after all.
  const eve = (t.frame.raceDay ?? 0) - 1;
  const hasShakeOut = slots.some((s) => s.role === "shakeout");
  if (
    t.frame.phase === "race" &&
    eve >= 0 &&
    !hasShakeOut &&
    runSlotsLeft(t, week) > 0 &&
    t.availability.runnable[eve] &&
    !trainingRaceDays.has(eve)
  ) {
    week.put(eve, "shakeout");
  }

  // RC-1: a short race's week runs easy again after a day's rest, within the runner's days.
  const room = ctx.constraints.maxRunDaysPerWeek - week.runDays.size;
  // A race next Monday makes this Sunday its eve (TP-3): a shake-out there, not a recovery run.
  for (const day of afterRaceRunDays(t, room, week.runDays))
    week.put(day, ctx.raceNextMonday && day === 6 ? "shakeout" : "recovery");

  placeNonRunning(
    t,
    week,
    start,
    ctx.raceDay,
    ctx.random,
    ctx.constraints,
    ctx.carry.veryEasyThrough,
  );
  const weekEnd = start + 6;
  return {
    layout: {
      slots: slots.sort((a, b) => a.day - b.day),
      ...(closeKeys ? { closeKeys } : {}),
    },
    carry: {
      hardDays: hardEpochs.filter((e) => e > weekEnd - 3),
      anchorDays: anchorEpochs.filter((e) => e > weekEnd - 2),
      noHardThrough: Math.max(ownNoHard, ctx.carry.noHardThrough),
      noModerateThrough: Math.max(ownNoModerate, ctx.carry.noModerateThrough),
      veryEasyThrough: Math.max(ownVeryEasy, ctx.carry.veryEasyThrough),
      recoveryRunsThrough: Math.max(ownRecoveryRuns, ctx.carry.recoveryRunsThrough),
    },
  };
}

/**
 * The key session comes first, fresh from the rest day; the moderate one later in the week
 * (Tue quality, Thu hills), when the rules allow the two to trade days.
 */
function keyBeforeModerate(slots: Slot[], r: DayRules): void {
  const hard = slots.filter((s) => s.role === "hard");
  const moderate = slots.find((s) => s.role === "moderate");
  const [key] = hard;
  if (hard.length !== 1 || !key || !moderate || moderate.day > key.day) return;
  if (!canTradeDays(r, key.day, moderate.day)) return;
  const keyEpoch = r.start + key.day;
  for (const list of [r.hardEpochs, r.anchorEpochs]) {
    const at = list.indexOf(keyEpoch);
    if (at >= 0) list[at] = r.start + moderate.day;
  }
  [key.day, moderate.day] = [moderate.day, key.day];
}

function hardSessionsWanted(t: WeekTarget, level: Level, anchorsLeft: number): number {
  // A taper's lone run is its short, sharp session (TP-2 keeps the intensity).
  const phase = t.frame.phase;
  if (t.runDays <= 1)
    return phase === "taper" && t.longRunDay === undefined ? Math.min(1, anchorsLeft) : 0;
  const light =
    phase === "base" || phase === "taper" || t.frame.kind === "cutback" || level === "beginner";
  // A training race is one of the week's key sessions (MG-1): it takes the place of one.
  const keys = (light ? 1 : 2) - t.frame.trainingRaces.length;
  return Math.max(0, Math.min(anchorsLeft, keys, t.runDays - 1 - (t.backToBack ? 1 : 0)));
}

/** RC-1: the first two days after the race are rest. */
function daysJustAfterRace(start: number, raceDay: number): Set<number> {
  const blocked = new Set<number>();
  for (let d = 0; d < 7; d++) if (start + d > raceDay && start + d <= raceDay + 2) blocked.add(d);
  return blocked;
}

const runSlotsLeft = (t: WeekTarget, week: WeekSlots): number => t.runDays - week.runDays.size;

/** An easy day two days from every stress anchor, where no hard session is barred (IN-2). */
function isCalm(r: DayRules, d: number): boolean {
  return r.anchorEpochs.every((a) => Math.abs(a - (r.start + d)) >= 2) && !r.noHardDays.has(d);
}
