import { type DistanceCategory, policy } from "../constants.ts";
import type { PlanConstraints } from "../constraints.ts";
import { dayCapMin } from "../microcycle/availability.ts";
import type { Slot } from "../microcycle/layout.ts";
import { pick, type Random } from "../random.ts";
import type { Zone } from "../schema/plan.ts";
import type { Surface } from "../schema/scenario.ts";
import { isLoading } from "../targets/block.ts";
import type { WeekTarget } from "../targets/week-target.ts";
import { afterRaceRuns } from "./after-race-runs.ts";
import { hardFamilies, hillFamilies, moderateFamilies, needsHills } from "./choose-family.ts";
import { easeVeryEasyDays, easySessions } from "./easy-runs.ts";
import type { Family } from "./families.ts";
import { absorbOvershoot, fitLongRun, longRunFloorMin } from "./fit-long-run.ts";
import {
  capQuality,
  demoteThirdSession,
  longFinishInBand,
  topUpWithStrides,
} from "./fit-quality.ts";
import { type LockedDay, lockedSessions, lockedWeekdays } from "./locked-session.ts";
import {
  easyInsteadOfLong,
  fuelOnLongestRun,
  longRunOrEasy,
  mediumLongSession,
} from "./long-runs.ts";
import { fitMiniTaper } from "./mini-taper.ts";
import { addKeyRepeats } from "./more-reps.ts";
import { nonRunningSessions } from "./non-running.ts";
import { pickupsFloorOf, pickupsUphill, shortenQuality } from "./pickups.ts";
import { planQuality, qualityBand } from "./quality-plan.ts";
import { hillStridesSession, qualitySession } from "./quality-session.ts";
import { type RaceInfo, raceSession } from "./race.ts";
import { fitRaceWindow, fitWindowTail, shakeOutSession } from "./race-week.ts";
import { isReshapeable, runMinutes, type Session } from "./session.ts";
import { fillShortWeek, weekFitSlack } from "./short-week.ts";
import { topUpWithSteadyFinish } from "./steady-finish.ts";
import { totalMinutes } from "./steps.ts";

export interface WeekContext {
  /** The block's race: its distance picks the key sessions (MG-1). */
  category: DistanceCategory;
  focusSurface: Surface;
  /** The longest race ahead: long runs, steady running and race-effort finishes. */
  enduranceCategory: DistanceCategory;
  /** The hilliest race ahead: hills and terrain (SP-2). */
  surface: Surface;
  /** The races of the week by weekday: the goal race of a race week, training races. */
  races: ReadonlyMap<number, RaceInfo>;
  paces: Record<Zone, number>;
  constraints: PlanConstraints;
  random: Random;
  beginner: boolean;
  /** LR-1: the longest any run of the week may be. */
  maxRunMin: number;
  /** The week's long run (0 without one): its key sessions stay shorter. */
  longRunMin: number;
  /** Days the runner locked this week (regeneration): the rest of the week is sized around them. */
  lockedDays?: readonly LockedDay[];
  /** SP-3: this week's carbohydrate target on the long run, when it has one. */
  fuelingGPerHour?: number;
  /** Next Monday holds a race: this Sunday is its eve (TP-3). */
  raceNextMonday: boolean;
  /** Days that hold only rest or easy running (RC-1's first days after a race, LR-5). */
  veryEasyDays: ReadonlySet<number>;
  /** Days whose easy runs are short z1 recovery runs (RC-1's first days after a race). */
  recoveryRunDays: ReadonlySet<number>;
  /** Days no hard session may move to (RC-1, LR-5, a race's eve, IN-3 across the weekend). */
  hardBarredDays: ReadonlySet<number>;
  /** The most work a session may hold: a cutback's or a taper's cut (WORKOUTS.md). */
  sessionWorkCapMin?: number;
  /** Race-day kit and conditions the long run rehearses (WORKOUTS.md, SP-4). */
  racePractice: readonly string[];
}

/** workouts — give each slot of the week its structure, then fill the easy minutes. */
export function weekSessions(t: WeekTarget, slots: Slot[], ctx: WeekContext): Session[] {
  const { phase } = t.frame;
  // The longest run a day may hold: the athlete's day cap and the week's longest run (LR-1).
  const runCapOf = (day: number) => Math.min(dayCapMin(day, ctx.constraints), ctx.maxRunMin);
  const locked = ctx.lockedDays ?? [];
  const lockedDays = lockedWeekdays(locked);
  const unlocked = (s: Slot) => !lockedDays.has(s.day);
  const hardSlots = slots.filter((s) => s.role === "hard");
  const moderateSlots = slots.filter((s) => s.role === "moderate");
  const easySlots = slots.filter((s) => s.role === "easy" && unlocked(s));
  const quality = planQuality({
    qualityMin: t.qualityMin,
    phase,
    kind: t.frame.kind,
    category: ctx.enduranceCategory,
    longRunMin: t.longRunMin,
    hardSessions: hardSlots.length,
    moderateSessions: moderateSlots.length,
    easyRuns: easySlots.length,
    ...(ctx.sessionWorkCapMin === undefined ? {} : { sessionWorkCapMin: ctx.sessionWorkCapMin }),
  });
  const nonRunning = nonRunningSessions(t, slots, ctx);
  const reservedMin = (day: number) =>
    nonRunning.filter((s) => s.day === day).reduce((sum, s) => sum + (s.fixedMin ?? 0), 0);
  const sessions: Session[] = locked.flatMap(lockedSessions);
  // Hill strides go on an easy day away from the stress anchors (IN-2), else on the longest.
  const calmDays = new Set(easySlots.filter((s) => s.calm).map((s) => s.day));
  const hillsNeeded = needsHills(phase, ctx.surface);
  let hillsPlaced = sessions.some((s) => s.type === "hills");

  // A family runs once a week: the hard session takes another than the moderate one's.
  const used = new Set<Family>();
  for (const slot of moderateSlots.filter(unlocked)) {
    const family = pick(ctx.random, moderateFamilies(phase, ctx.enduranceCategory, ctx.surface));
    used.add(family);
    const s = qualitySession(
      slot.day,
      family,
      quality.moderateWorkMin,
      true,
      t.runMin,
      reservedMin(slot.day),
      ctx,
    );
    hillsPlaced ||= s.type === "hills";
    sessions.push(s);
  }
  const phaseFamilies = hardFamilies(phase, ctx.category, ctx.focusSurface, ctx.beginner);
  for (const slot of hardSlots.filter(unlocked)) {
    let families = phaseFamilies.filter((f) => !used.has(f));
    // A road race's key session stays its own when an easy day can take the trail race's hills (MG-4).
    if (hillsNeeded && !hillsPlaced && !(ctx.focusSurface === "road" && calmDays.size > 0))
      families = hillFamilies(phase, ctx.surface).filter((f) => f === "long-hills");
    // A second hard session after the phase's families are spent repeats the first of them.
    const family = pick<Family>(
      ctx.random,
      families.length > 0 ? families : [phaseFamilies[0] ?? "threshold"],
    );
    used.add(family);
    const s = qualitySession(
      slot.day,
      family,
      quality.hardWorkMin,
      false,
      t.runMin,
      reservedMin(slot.day),
      ctx,
    );
    hillsPlaced ||= s.type === "hills";
    sessions.push(s);
  }
  for (const slot of slots.filter((s) => s.role === "race")) {
    const race = ctx.races.get(slot.day);
    if (race) sessions.push(raceSession(slot.day, race));
  }
  for (const shake of slots.filter((s) => s.role === "shakeout"))
    sessions.push(shakeOutSession(shake.day));

  const longSlot = slots.find((s) => s.role === "long");
  const mlSlot = slots.find((s) => s.role === "medium-long");
  const keyRunMin = runMinutes(sessions) + t.longRunMin + t.mediumLongMin;
  const easy = easySessions(
    t,
    easySlots,
    t.runMin - keyRunMin,
    quality.stridesRuns,
    nonRunning,
    ctx,
  );
  // Hill strides are no recovery run's: RC-1's first days after a race hold them only when
  // no other easy run can (SP-2 asks for hill work every build and specific week).
  const open = easy.filter((s) => !ctx.recoveryRunDays.has(s.day));
  const calmEasy = open.filter((s) => calmDays.has(s.day));
  const hillCandidates = calmEasy.length > 0 ? calmEasy : open.length > 0 ? open : easy;
  if (hillsNeeded && !hillsPlaced) withHillStrides(easy, hillCandidates);
  sessions.push(...easy);
  if (t.raceWindowMin) {
    fitRaceWindow(sessions, t.raceWindowMin, runCapOf);
  }
  const extraDays = [t.longRunDay, t.mediumLongDay].filter((d) => d !== undefined);
  if (
    demoteThirdSession(sessions, t, extraDays) &&
    hillsNeeded &&
    !sessions.some((s) => s.type === "hills")
  ) {
    const hard = sessions.findIndex(
      (s) => s.intensity === "hard" && s.type !== "race" && isReshapeable(s),
    );
    const day = sessions[hard]?.day;
    if (day !== undefined) {
      sessions[hard] = qualitySession(
        day,
        "long-hills",
        quality.hardWorkMin,
        false,
        t.runMin,
        reservedMin(day),
        ctx,
      );
    } else {
      // The runner's own session is the week's hard one: an easy run takes the hills.
      withHillStrides(
        sessions,
        sessions.filter((s) => s.type === "easy" && isReshapeable(s)),
      );
    }
  }

  capQuality(sessions, longSlot ? t.longRunMin + t.mediumLongMin : 0, t, ctx, reservedMin);
  if (longSlot) {
    const runDays = new Set([
      ...sessions.filter((s) => s.running).map((s) => s.day),
      longSlot.day,
      ...(mlSlot ? [mlSlot.day] : []),
    ]);
    const withinWeek = absorbOvershoot(sessions, t);
    const fitted = fitLongRun(
      withinWeek,
      runMinutes(sessions),
      runDays.size,
      ctx.enduranceCategory,
    );
    // The long run may have shrunk: the week's quality share is read again against it.
    capQuality(sessions, fitted.longRunMin + fitted.mediumLongMin, t, ctx, reservedMin);
    if (mlSlot && fitted.mediumLongMin > 0)
      sessions.push(mediumLongSession(mlSlot.day, fitted, ctx));
    // A long run squeezed below an easy run's length is no long run: the day rests.
    if (fitted.longRunMin >= longRunFloorMin(t)) {
      const finish = ctx.veryEasyDays.has(longSlot.day)
        ? 0
        : longFinishInBand(sessions, fitted, quality.longFinishMin);
      const longRun = { minutes: fitted.longRunMin, finishMin: finish };
      topUpWithStrides(sessions, phase, longRun, { lastDays: ctx.veryEasyDays });
      sessions.push(longRunOrEasy(longSlot.day, t, fitted, finish, ctx));
    } else if (t.frame.trainingRaces.length > 0 && withinWeek.longRunMin >= longRunFloorMin(t)) {
      // LR-3 reads a week's running with its race aside: a long run beside nothing else but
      // the race can hold no share of it. The day still runs, as an easy run (TP-2 counts it).
      sessions.push(easyInsteadOfLong(longSlot.day, withinWeek, ctx));
    }
  }
  easeVeryEasyDays(sessions, ctx.veryEasyDays);
  topUpWithSteadyFinish(sessions, t, ctx.veryEasyDays, ctx.raceNextMonday);
  // A week with no long run to absorb them: floors that overflow the target cut the quality
  // (a taper keeps its days, so its sharp session shortens for it to keep falling, TP-2).
  const overshoot = runMinutes(sessions) - t.runMin;
  if (!longSlot && t.frame.phase !== "race" && overshoot > weekFitSlack(sessions, t)) {
    shortenQuality(sessions, overshoot, pickupsFloorOf(t), qualityBand(phase)[1]);
    // Cut to pickups, the sharp session may leave the week under IN-1's quality share:
    // strides on the easy runs keep it.
    topUpWithStrides(
      sessions,
      phase,
      { minutes: 0, finishMin: 0 },
      { barredDays: ctx.veryEasyDays },
    );
  }
  // Easy minutes too few for a run of their own (or capped under the long run) stay in the
  // week as a longer cool-down: a small week keeps its target, a cutback PR-1's band.
  // A week whose long run is held short (LR-1) and has no easy day left keeps them too, its
  // key sessions staying shorter than the long run.
  const longRun = sessions.find((s) => s.type === "long");
  const underLong = (day: number) =>
    longRun
      ? Math.min(
          runCapOf(day),
          Math.floor(totalMinutes(longRun.steps) * policy.keySessionOfLongRunMax),
        )
      : runCapOf(day);
  if (isLoading(t.frame)) fillShortWeek(sessions, t, underLong, ctx.veryEasyDays);
  if (hillsNeeded && !sessions.some((s) => s.type === "hills")) pickupsUphill(sessions);
  const tail = t.raceWindowTail;
  if (tail?.miniTaper) {
    fitMiniTaper(sessions, tail, {
      phase,
      category: ctx.enduranceCategory,
      roomOf: (day) => runCapOf(day) - reservedMin(day),
    });
  } else if (tail) {
    fitWindowTail(
      sessions,
      tail.fromDay,
      tail.maxMin,
      // Onto a race's eve only as a shake-out (TP-3); a sharp session never into RC-1's days.
      (day, s) =>
        t.availability.runnable[day] === true &&
        !ctx.veryEasyDays.has(day) &&
        (s.intensity === "easy" || !ctx.hardBarredDays.has(day)) &&
        (!ctx.races.has(day + 1) || totalMinutes(s.steps) <= policy.shakeOutMin),
    );
    // The race's seven days shortened the easy runs: the sharp session's share is read again.
    capQuality(sessions, 0, t, ctx, reservedMin);
  }
  if (isLoading(t.frame))
    addKeyRepeats(sessions, t, (day) => runCapOf(day) - reservedMin(day), ctx.veryEasyDays);
  // After a short race: recovery runs the fitting above never touches (RC-1).
  const afterRace = slots.filter((s) => s.role === "recovery");
  sessions.push(...afterRaceRuns(afterRace, t.afterRaceMin ?? 0, runCapOf));
  fuelOnLongestRun(sessions, ctx.fuelingGPerHour);
  sessions.push(...nonRunning);
  return sessions.sort((a, b) => a.day - b.day || Number(b.running) - Number(a.running));
}

/** SP-2's hill work as strides up a hill at the end of the longest of `candidates`. */
function withHillStrides(sessions: Session[], candidates: readonly Session[]): void {
  if (candidates.length === 0) return;
  const longest = candidates.reduce((a, b) =>
    totalMinutes(b.steps) > totalMinutes(a.steps) ? b : a,
  );
  sessions[sessions.indexOf(longest)] = hillStridesSession(
    longest.day,
    Math.round(totalMinutes(longest.steps)),
  );
}
