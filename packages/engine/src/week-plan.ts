import { recoveryNoHardDays, rules, taperWeeks } from "./constants.ts";
import type { PlanConstraints } from "./constraints.ts";
import { contributionOf, describeSplit, goalSplitOf } from "./contribution/contribution.ts";
import { epochDayOf } from "./dates.ts";
import { weekWhy, workoutWhy } from "./explain/why.ts";
import { holdsTrainingRace, recoveryBefore, type WeekFrame } from "./macro/macro.ts";
import { dayIndexOf, weekAvailability } from "./microcycle/availability.ts";
import { longRunDayOf } from "./microcycle/key-days.ts";
import type { CarryOver } from "./microcycle/layout.ts";
import { placeWeek } from "./microcycle/place.ts";
import { recoveryRunDaysOf, veryEasyDaysOf } from "./microcycle/very-easy-days.ts";
import { seededRandom, subSeed } from "./random.ts";
import type { AthleteProfile, PhaseKind, Week, Zone } from "./schema/plan.ts";
import type { GoalContext } from "./season/goal-context.ts";
import { isLoading } from "./targets/block.ts";
import type { RealizedWeek } from "./targets/realized.ts";
import { longRunDayIn } from "./targets/week-days.ts";
import { isLighterTarget, type WeekTarget } from "./targets/week-target.ts";
import { workoutLoad } from "./validate/load.ts";
import { weekTotals } from "./week-totals.ts";
import type { LockedDay } from "./workouts/locked-session.ts";
import { sessionWorkCap } from "./workouts/quality-plan.ts";
import type { RaceInfo } from "./workouts/race.ts";
import { racePracticeNotes } from "./workouts/race-practice.ts";
import { toDays } from "./workouts/to-days.ts";
import { weekSessions } from "./workouts/week-sessions.ts";

export interface WeekPlanInput {
  target: WeekTarget;
  /** The weeks already planned, in order. */
  before: readonly WeekTarget[];
  /** What those weeks hold as built: the week's why reads its rise or fall from them. */
  realizedBefore: readonly RealizedWeek[];
  seed: number;
  carry: CarryOver;
  level: AthleteProfile["level"];
  /** Every goal of the plan, by date: workouts are shared out among them (MG-3). */
  goals: readonly GoalContext[];
  /** Each goal's predicted race time in minutes, by goal id. */
  raceTimeMin: ReadonlyMap<string, number>;
  paces: Record<Zone, number>;
  constraints: PlanConstraints;
  profile: AthleteProfile;
  fuelingGPerHour: number | undefined;
  /** IN-4: the user's answer for this week: the weekday whose key session stays hard. */
  keepHard?: string;
  /** Runs the runner locked this week, by weekday (regeneration). */
  lockedDays?: readonly LockedDay[];
  /** Every week of the plan: next week's long run and training races reach back into this one. */
  frames: readonly WeekFrame[];
}

/** Where next week's long run will fall, so this Sunday can stay easy before a Monday one (IN-5). */
function nextLongRunDay(
  frames: readonly WeekFrame[],
  frame: WeekFrame,
  c: PlanConstraints,
): number {
  const next = frames[frame.index + 1];
  const usual = dayIndexOf(c.longRunDay);
  if (!next) return usual;
  const availability = weekAvailability(next.startDate, c);
  const longDay = longRunDayIn(frames, next, availability, c);
  return longDay ?? longRunDayOf(availability, usual) ?? usual;
}

/** SP-1's ceiling on the week's climbing per km, a little inside the rule's bound. */
function maxVertPerKm(phase: PhaseKind, density: number): number {
  const margin = 0.05;
  if (phase === "base") return density * (rules.vertFactor.base[1] - margin);
  return density * (rules.vertFactor.specific[1] - margin);
}

function raceInfo(goal: GoalContext, x: WeekPlanInput, training: boolean): RaceInfo {
  const info: RaceInfo = {
    goalId: goal.id,
    name: goal.name,
    distanceKm: goal.distanceKm,
    vertM: goal.elevationGainM,
    timeMin: x.raceTimeMin.get(goal.id) ?? 0,
    training,
  };
  if (!training) return info;
  // RC-1 either way: a training race run hard would eat into the recovery of the race before
  // it, or leave the next real race inside its own.
  const day = epochDayOf(goal.date);
  const recovering = x.goals.find((g) => {
    const since = day - epochDayOf(g.date);
    return since > 0 && since <= recoveryNoHardDays[g.category];
  });
  // Inside a peak's taper the taper comes first (TP-2): the race is run easy too.
  const before = x.goals.find((g) => {
    const until = epochDayOf(g.date) - day;
    const taperDays = g.mode === "peak" ? (taperWeeks[g.category] + 1) * 7 : 0;
    const window = Math.max(recoveryNoHardDays[goal.category], taperDays);
    return g.mode !== "training-race" && until > 0 && until <= window;
  });
  if (recovering) info.easyBecause = `Still inside the recovery from ${recovering.name}`;
  else if (before) info.easyBecause = `${before.name} follows too soon to race this one hard`;
  return info;
}

/** The week's races by weekday: its block's race in race week, and any training races. */
function racesOf(frame: WeekFrame, x: WeekPlanInput): Map<number, RaceInfo> {
  const races = new Map<number, RaceInfo>();
  if (frame.phase === "race" && frame.raceDay !== undefined)
    races.set(frame.raceDay, raceInfo(frame.focus, x, frame.focus.mode === "training-race"));
  for (const r of frame.trainingRaces) races.set(r.day, raceInfo(r.goal, x, true));
  return races;
}

/** One week, stages 6–8: place the sessions, build the workouts, explain them. */
export function weekPlan(x: WeekPlanInput): {
  week: Week;
  carry: CarryOver;
  closeKeys?: [number, number];
} {
  const { target } = x;
  const { focus: goal, terrain } = target.frame;
  const random = seededRandom(subSeed(x.seed, "week", target.frame.index));
  const start = epochDayOf(target.frame.startDate);
  const raceNextMonday =
    raceOpens(x.frames[target.frame.index + 1]) || epochDayOf(goal.date) === start + 7;
  const recoveryRunDays = recoveryRunDaysOf(target, start, x.carry);
  const { layout, carry } = placeWeek(target, {
    level: x.level,
    carry: x.carry,
    random,
    raceDay: epochDayOf(goal.date),
    recoveryNoHardDays: recoveryNoHardDays[goal.category],
    nextLongRunDay: nextLongRunDay(x.frames, target.frame, x.constraints),
    constraints: x.constraints,
    ...(x.keepHard === undefined ? {} : { keepHard: x.keepHard }),
    ...(x.lockedDays === undefined ? {} : { lockedDays: x.lockedDays }),
    raceNextMonday,
    recoveryRunDays,
  });
  const veryEasyDays = veryEasyDaysOf(target, start, x.carry);
  const workCap = sessionWorkCap(target, x.before, x.realizedBefore);
  const sessions = weekSessions(target, layout.slots, {
    veryEasyDays,
    recoveryRunDays,
    hardBarredDays: layout.hardBarredDays,
    category: goal.category,
    focusSurface: goal.surface,
    enduranceCategory: target.frame.endurance.category,
    surface: terrain.surface,
    races: racesOf(target.frame, x),
    paces: x.paces,
    constraints: x.constraints,
    random,
    beginner: x.level === "beginner",
    ...(x.lockedDays === undefined ? {} : { lockedDays: x.lockedDays }),
    maxRunMin: target.maxRunMin,
    longRunMin: target.longRunMin,
    raceNextMonday,
    ...(x.fuelingGPerHour === undefined ? {} : { fuelingGPerHour: x.fuelingGPerHour }),
    ...(workCap === undefined ? {} : { sessionWorkCapMin: workCap }),
    racePractice: racePracticeNotes(
      target.frame,
      x.raceTimeMin.get(target.frame.endurance.id) ?? 0,
    ),
  });
  const days = toDays(sessions, {
    weekStart: target.frame.startDate,
    vertM: target.vertM,
    paces: x.paces,
    contribution: {},
    maxVertPerKm: maxVertPerKm(target.frame.phase, terrain.elevationGainM / terrain.distanceKm),
  });
  const names = new Map(x.goals.map((g) => [g.id, g.name]));
  const loads: { load: number; contribution: Record<string, number> }[] = [];
  for (const day of days) {
    for (const w of day.workouts) {
      w.contribution = contributionOf(w, day.date, x.goals);
      loads.push({ load: workoutLoad(w), contribution: w.contribution });
      const why = workoutWhy(w, target, names);
      if (why !== undefined) w.why = why;
    }
  }
  const goalIds = x.goals.map((g) => g.id);
  // The rise is read as PR-2 reads it: from the last full week (no cutback, taper, race,
  // recovery or days away).
  const loadingBefore = x.before.findLast((t) => !isLighterTarget(t));
  const previous = x.before.at(-1);
  // The taper is read against its own block's loading weeks (not an earlier goal's peak nor
  // a week holding a race), or a block too short to have any against the loading before it.
  const loading = x.before.filter((t) => isLoading(t.frame) && !holdsTrainingRace(t.frame));
  const ownBlock = loading.filter((t) => t.frame.goalId === target.frame.goalId);
  const ran = (t: WeekTarget) => x.realizedBefore[t.frame.index]?.runMin ?? t.runMin;
  const peakRunMin = Math.max(0, ...(ownBlock.length > 0 ? ownBlock : loading).map(ran));
  // As PR-2 reads it: after a lighter week, the bigger of it and the last full week (the
  // usual week without one).
  const fullBefore = loadingBefore ? ran(loadingBefore) : 0;
  const rampReferenceRun =
    previous && isLighterTarget(previous) && previous.frame.phase !== "taper"
      ? Math.max(ran(previous), loadingBefore ? fullBefore : x.profile.chronicWeeklyMin)
      : fullBefore;
  const totals = weekTotals(days);
  // A race week aims at its races too: their time and climbing count in its targets as in
  // its totals, so the targets bar reads the training beside them.
  const races = { durationMin: 0, vertM: 0 };
  for (const day of days)
    for (const w of day.workouts)
      if (w.type === "race") {
        races.durationMin += w.durationMin;
        races.vertM += w.vertM;
      }
  const week: Week = {
    index: target.frame.index,
    startDate: target.frame.startDate,
    phase: target.frame.phase,
    goalId: goal.id,
    // A week mostly away is its stretch's lighter week: labelled so, PR-1's rhythm and PR-2's
    // return after it read the same from the weeks' kinds. The week before a B race early in
    // the week is cut like a cutback and is the race's mini-taper (MG-1).
    kind: target.frame.away ? "cutback" : target.frame.miniTaper ? "taper" : target.frame.kind,
    targets: {
      volumeMin:
        target.runMin +
        (target.afterRaceMin ?? 0) +
        target.nonRun.strengthSessions * target.nonRun.strengthMin +
        target.nonRun.mobilityMin +
        races.durationMin,
      longRunMin: target.longRunMin,
      vertM: target.vertM + races.vertM,
      qualityMin: target.qualityMin,
    },
    totals,
    goalSplit: goalSplitOf(loads, goalIds, { ...zeroSplit(goalIds), [goal.id]: 1 }),
    why: weekWhy({
      target,
      ...(previous
        ? {
            previousRunMin: ran(previous),
            previousLongRunMin: x.realizedBefore[previous.frame.index]?.longRunMin ?? 0,
          }
        : {}),
      loadingRunBefore: rampReferenceRun,
      peakRunMin,
      rampCap: x.profile.rampCap,
      loadSpikeCap: x.profile.loadSpikeCap,
      goalName: goal.name,
      ...returnsAfter(x.frames, target.frame),
      raceGainM: terrain.elevationGainM,
      chronicWeeklyMin: x.profile.chronicWeeklyMin,
      days,
      built: { runMin: totals.runMin - races.durationMin, longRunMin: totals.longRunMin },
    }),
    days,
  };
  week.why += splitWhy(week.goalSplit, x.goals);
  return { week, carry, ...(layout.closeKeys ? { closeKeys: layout.closeKeys } : {}) };
}

/** The race a block's first week returns after, when its recovery came just before it. */
function returnsAfter(frames: readonly WeekFrame[], frame: WeekFrame): { returnsAfter?: string } {
  const recovery = recoveryBefore(frames, frame);
  return recovery ? { returnsAfter: recovery.focus.name } : {};
}

/** MG-3 in the week's why: whom the week trains for, when it trains for more than one goal. */
function splitWhy(split: Record<string, number>, goals: readonly GoalContext[]): string {
  const served = goals.filter((g) => (split[g.id] ?? 0) >= 0.15);
  if (served.length < 2) return "";
  const names = Object.fromEntries(served.map((g) => [g.id, g.name]));
  return ` It trains for ${describeSplit(split, names)} (MG-3).`;
}

const zeroSplit = (ids: readonly string[]): Record<string, number> =>
  Object.fromEntries(ids.map((id) => [id, 0]));

/** Whether a week opens with a race, its block's or a training race: the Sunday before is its eve. */
function raceOpens(frame: WeekFrame | undefined): boolean {
  if (!frame) return false;
  return frame.raceDay === 0 || frame.trainingRaces.some((r) => r.day === 0);
}
