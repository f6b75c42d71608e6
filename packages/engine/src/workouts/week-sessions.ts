import { type DistanceCategory, policy, rules } from "../constants.ts";
import type { PlanConstraints } from "../constraints.ts";
import { dayCapMin } from "../microcycle/availability.ts";
import type { Slot } from "../microcycle/layout.ts";
import { pick, type Random } from "../random.ts";
import type { Zone } from "../schema/plan.ts";
import type { Surface } from "../schema/scenario.ts";
import { longRunShareCap } from "../targets/long-run.ts";
import type { WeekTarget } from "../targets/week-target.ts";
import { hardFamilies, hillFamilies, moderateFamilies, needsHills } from "./choose-family.ts";
import { addStrides, canTakeStrides, easySessions } from "./easy-runs.ts";
import { type Family, pickupsWithin } from "./families.ts";
import { longRunSession, mediumLongSession } from "./long-runs.ts";
import { nonRunningSessions } from "./non-running.ts";
import { maxLongFinish, planQuality, qualityBand } from "./quality-plan.ts";
import { hillStridesSession, qualitySession } from "./quality-session.ts";
import { type RaceInfo, raceSession } from "./race.ts";
import type { Session } from "./session.ts";
import {
  cooldown,
  qualityOf,
  totalMinutes,
  toWholeMinutes,
  warmup,
  work,
  zoneMinutesOf,
} from "./steps.ts";

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
  /** SP-3: this week's carbohydrate target on the long run, when it has one. */
  fuelingGPerHour?: number;
}

/** workouts — give each slot of the week its structure, then fill the easy minutes. */
export function weekSessions(t: WeekTarget, slots: Slot[], ctx: WeekContext): Session[] {
  const { phase } = t.frame;
  const hardSlots = slots.filter((s) => s.role === "hard");
  const moderateSlots = slots.filter((s) => s.role === "moderate");
  const easySlots = slots.filter((s) => s.role === "easy");
  const quality = planQuality({
    qualityMin: t.qualityMin,
    phase,
    kind: t.frame.kind,
    category: ctx.enduranceCategory,
    longRunMin: t.longRunMin,
    hardSessions: hardSlots.length,
    moderateSessions: moderateSlots.length,
    easyRuns: easySlots.length,
  });
  const nonRunning = nonRunningSessions(t, slots, ctx);
  const reservedMin = (day: number) =>
    nonRunning.filter((s) => s.day === day).reduce((sum, s) => sum + (s.fixedMin ?? 0), 0);
  const sessions: Session[] = [];
  // Hill strides go on an easy day away from the stress anchors (IN-2), else on the longest.
  const calmDays = new Set(easySlots.filter((s) => s.calm).map((s) => s.day));
  const hillsNeeded = needsHills(phase, ctx.surface);
  let hillsPlaced = false;

  for (const slot of moderateSlots) {
    const family = pick(ctx.random, moderateFamilies(phase, ctx.enduranceCategory, ctx.surface));
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
  const used = new Set<Family>();
  for (const slot of hardSlots) {
    let families = hardFamilies(phase, ctx.category, ctx.focusSurface, ctx.beginner).filter(
      (f) => !used.has(f),
    );
    // A road race's key session stays its own when an easy day can take the trail race's hills (MG-4).
    if (hillsNeeded && !hillsPlaced && !(ctx.focusSurface === "road" && calmDays.size > 0))
      families = hillFamilies(phase, ctx.surface).filter((f) => f === "long-hills");
    const family = pick<Family>(ctx.random, families.length > 0 ? families : ["threshold"]);
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
  const calmEasy = easy.filter((s) => calmDays.has(s.day));
  const hillCandidates = calmEasy.length > 0 ? calmEasy : easy;
  if (hillsNeeded && !hillsPlaced && hillCandidates.length > 0) {
    const longest = hillCandidates.reduce((a, b) =>
      totalMinutes(b.steps) > totalMinutes(a.steps) ? b : a,
    );
    easy[easy.indexOf(longest)] = hillStridesSession(
      longest.day,
      Math.round(totalMinutes(longest.steps)),
    );
  }
  sessions.push(...easy);
  if (t.raceWindowMin) {
    const capOf = (day: number) => Math.min(dayCapMin(day, ctx.constraints), ctx.maxRunMin);
    fitRaceWindow(sessions, t.raceWindowMin, capOf);
  }
  const extraDays = [t.longRunDay, t.mediumLongDay].filter((d) => d !== undefined);
  if (
    demoteThirdSession(sessions, t, extraDays) &&
    hillsNeeded &&
    !sessions.some((s) => s.type === "hills")
  ) {
    const hard = sessions.findIndex((s) => s.intensity === "hard" && s.type !== "race");
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
    const finish = longFinishInBand(sessions, fitted, quality.longFinishMin);
    topUpWithStrides(sessions, fitted, finish);
    sessions.push(longRunSession(longSlot.day, fitted, finish, ctx));
  }
  sessions.push(...nonRunning);
  return sessions.sort((a, b) => a.day - b.day || Number(b.running) - Number(a.running));
}

const runMinutes = (sessions: Session[]) =>
  sessions
    .filter((s) => s.running && s.type !== "race")
    .reduce((sum, s) => sum + totalMinutes(s.steps), 0);

function shakeOutSession(day: number): Session {
  return {
    day,
    type: "easy",
    title: `Shake-out ${policy.shakeOutMin} min`,
    steps: [work(policy.shakeOutMin, "z2", "relaxed, legs loose")],
    intensity: "easy",
    key: false,
    notes: ["Day before the race: short and easy, then rest."],
    running: true,
    vertWeight: 0.2,
  };
}

/**
 * The key sessions have floors (a warm-up, a minimum of reps) that a small week can't
 * always pay for. The long run, built last, absorbs the difference so the week keeps its
 * target (a cutback stays a cutback, a ramp stays under its cap): shorter when the week
 * overflows (the shortest easy run goes first when even that is not enough), longer up to
 * its ceiling when easy days were too short to hold their minutes.
 */
function absorbOvershoot(sessions: Session[], t: WeekTarget): WeekTarget {
  const floor = policy.easyRunMin[0];
  const room = () => t.runMin - runMinutes(sessions) - t.mediumLongMin;
  while (room() < floor) {
    const easy = sessions.filter((s) => s.type === "easy" || s.type === "recovery");
    if (easy.length === 0 || t.frame.phase === "taper" || t.frame.phase === "race") break;
    const shortest = easy.reduce((a, b) => (totalMinutes(b.steps) < totalMinutes(a.steps) ? b : a));
    sessions.splice(sessions.indexOf(shortest), 1);
  }
  return {
    ...t,
    longRunMin: Math.max(Math.min(t.longRunCeilingMin, room()), Math.min(t.longRunMin, floor)),
  };
}

/**
 * TP-2 in race week: the seven days before the race hold 40–60% of the peak. Easy runs
 * (not the shake-out or the sharp session) stretch up to 60 min or shrink down to 15, and
 * the shortest go when even that holds too much.
 */
function fitRaceWindow(
  sessions: Session[],
  [lo, hi]: [number, number],
  capOf: (day: number) => number,
): void {
  const easy = () => sessions.filter((s) => s.type === "easy" && !s.title.startsWith("Shake-out"));
  const resize = (s: Session, minutes: number) => {
    const m = Math.round(minutes);
    sessions[sessions.indexOf(s)] = { ...s, title: `Easy run ${m} min`, steps: [work(m, "z2")] };
  };
  for (let guard = 0; guard < 8; guard++) {
    const total = runMinutes(sessions);
    const runs = easy();
    if (total >= lo && total <= hi) return;
    if (runs.length === 0) break;
    const each = (total < lo ? lo - total : hi - total) / runs.length;
    for (const s of runs) {
      const most = Math.min(raceWeekEasyMaxMin, capOf(s.day));
      resize(s, Math.min(most, Math.max(policy.shakeOutMin, totalMinutes(s.steps) + each)));
    }
    if (
      runMinutes(sessions) > hi &&
      runs.every((s) => totalMinutes(s.steps) <= policy.shakeOutMin)
    ) {
      const shortest = runs.at(-1);
      if (shortest) sessions.splice(sessions.indexOf(shortest), 1);
    }
  }
  // Still too much: the sharp session shrinks to short pickups, or goes.
  const sharp = sessions.find((s) => s.intensity === "hard" && s.type !== "race");
  const over = runMinutes(sessions) - hi;
  if (sharp && over > 0) {
    const room = totalMinutes(sharp.steps) - over;
    if (room < shortestSharpMin) sessions.splice(sessions.indexOf(sharp), 1);
    else {
      const part = pickupsWithin(room - 10);
      const steps = toWholeMinutes([warmup(5), ...part.steps, cooldown(5)]);
      sessions[sessions.indexOf(sharp)] = { ...sharp, title: part.title, type: part.type, steps };
    }
  }
}

/** The shortest sharp session worth its warm-up: 5 min, 3 × 1 min pickups, 5 min. */
const shortestSharpMin = 16;

/** The longest easy run of race week. */
const raceWeekEasyMaxMin = 60;

/**
 * IN-1's floor, last resort: when even the long run's finish leaves the week under 10%
 * quality (one short hill session in a cutback), easy runs take strides, 2 min each.
 */
function topUpWithStrides(sessions: Session[], t: WeekTarget, finishMin: number): void {
  const [lo] = qualityBand(t.frame.phase);
  const running = sessions.filter((s) => s.running && s.type !== "race");
  const runMin = running.reduce((sum, s) => sum + totalMinutes(s.steps), 0) + t.longRunMin;
  let quality = running.reduce((sum, s) => sum + qualityOf(zoneMinutesOf(s.steps)), 0) + finishMin;
  for (const [i, s] of sessions.entries()) {
    if (quality >= lo * runMin) return;
    if (!canTakeStrides(s)) continue;
    sessions[i] = addStrides(s);
    quality += stridesQualityMin;
  }
}

/** 6 × 20 s of strides. */
const stridesQualityMin = 2;

/**
 * IN-1's ceiling: when a small week's sessions hold more quality than 20% of its running
 * (a family's smallest session is still big), the biggest session becomes short pickups.
 */
function capQuality(
  sessions: Session[],
  longMin: number,
  t: WeekTarget,
  ctx: WeekContext,
  reservedMin: (day: number) => number,
): void {
  const [, hi] = qualityBand(t.frame.phase);
  const qualityOfSession = (s: Session) => qualityOf(zoneMinutesOf(s.steps));
  for (let guard = 0; guard < 3; guard++) {
    const running = sessions.filter((s) => s.running && s.type !== "race");
    const quality = running.reduce((sum, s) => sum + qualityOfSession(s), 0);
    const allowed = hi * (runMinutes(sessions) + longMin);
    if (quality <= allowed) return;
    const biggest = running.reduce((a, b) => (qualityOfSession(b) > qualityOfSession(a) ? b : a));
    const keep = Math.max(2, Math.floor(qualityOfSession(biggest) - (quality - allowed)) - 1);
    const family = biggest.type === "hills" ? "long-hills" : "fartlek";
    const moderate = biggest.intensity !== "hard";
    const reserved = reservedMin(biggest.day);
    const rebuilt = qualitySession(
      biggest.day,
      family,
      keep,
      moderate,
      t.runMin,
      reserved,
      ctx,
      keep * 2,
    );
    sessions[sessions.indexOf(biggest)] = rebuilt;
  }
}

/**
 * LR-3 on the week as built: when the easy days held less than planned, the long run (and
 * its back-to-back partner) shrink to keep their share of the week's running.
 */
function fitLongRun(
  t: WeekTarget,
  othersMin: number,
  runDays: number,
  category: DistanceCategory,
): WeekTarget {
  const margin = 0.97;
  const share = longRunShareCap(category, runDays) * margin;
  // long ≤ share × (others + medium-long + long); a share of one or more never binds.
  const shareCap =
    share >= 1 ? Number.POSITIVE_INFINITY : (share * (othersMin + t.mediumLongMin)) / (1 - share);
  let long = Math.min(t.longRunMin, Math.floor(shareCap));
  let ml =
    t.mediumLongMin > 0 ? Math.min(t.mediumLongMin, Math.round(long * policy.mediumLongOfLong)) : 0;
  if (ml > 0) {
    const pair = rules.backToBackShare * margin;
    const most = Math.floor((pair * othersMin) / (1 - pair));
    if (long + ml > most) {
      long = Math.floor(most / (1 + policy.mediumLongOfLong));
      ml = Math.min(t.mediumLongMin, Math.floor(long * policy.mediumLongOfLong));
    }
  }
  return { ...t, longRunMin: Math.max(0, long), mediumLongMin: ml };
}

/**
 * IN-2: a third, moderate session needs five run days. When the week ended with fewer
 * (easy days dropped for lack of minutes), it becomes an easy run of the same length.
 */
function demoteThirdSession(sessions: Session[], t: WeekTarget, extraRunDays: number[]): boolean {
  const runDays = new Set([...sessions.filter((s) => s.running).map((s) => s.day), ...extraRunDays])
    .size;
  const longAnchor = t.longRunMin >= rules.anchorLongRunMin || t.backToBack ? 1 : 0;
  const anchors = sessions.filter((s) => s.intensity === "hard").length + longAnchor;
  if (runDays >= 5 || anchors < 2) return false;
  let demoted = false;
  for (const [i, s] of sessions.entries()) {
    if (s.intensity !== "moderate" || !s.running) continue;
    const minutes = Math.round(totalMinutes(s.steps));
    const steps = [work(minutes, "z2")];
    sessions[i] = {
      ...s,
      type: "easy",
      title: `Easy run ${minutes} min`,
      steps,
      intensity: "easy",
      notes: [],
    };
    demoted = true;
  }
  return demoted;
}

/**
 * IN-1: the long run's steady or race-effort finish is the week's quality dial. It tops the
 * quality up to the phase's band (80–90% easy, base up to 95%) or gives way when the
 * sessions already hold enough.
 */
function longFinishInBand(others: Session[], t: WeekTarget, planned: number): number {
  const running = others.filter((s) => s.running && s.type !== "race");
  const runMin = running.reduce((sum, s) => sum + totalMinutes(s.steps), 0) + t.longRunMin;
  const quality = running.reduce((sum, s) => sum + qualityOf(zoneMinutesOf(s.steps)), 0);
  const [lo, hi] = qualityBand(t.frame.phase);
  const wanted = Math.min(
    Math.max(planned, Math.ceil(lo * runMin - quality)),
    Math.floor(hi * runMin - quality),
  );
  return Math.max(0, Math.min(wanted, maxLongFinish(t.frame.phase, t.longRunMin)));
}
