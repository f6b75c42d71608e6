import { firstDaysAfterRace, policy, recoveryNoHardDays } from "../constants.ts";
import type { PlanConstraints } from "../constraints.ts";
import type { Random } from "../random.ts";
import type { WeekTarget } from "../targets/week-target.ts";
import { lockedWeekdays } from "../workouts/locked-session.ts";
import { dayCapMin } from "./availability.ts";
import { easyRunWantMin, type Placement, runRoomMin } from "./placement.ts";
import { veryEasyDaysOf } from "./very-easy-days.ts";
import type { WeekSlots } from "./week-slots.ts";

/** Days before a race with no strength session (SP-2: light, at least 5 days out). */
const strengthFreeDaysBeforeRace = 5;

/** The shortest quality run a day keeps beside a strength session. */
const minRunBesideStrengthMin = 40;

const keyRoles: ReadonlySet<string> = new Set(["long", "medium-long", "hard", "race"]);

interface NonRunningWeek {
  t: WeekTarget;
  week: WeekSlots;
  /** Epoch days of the week's Monday and of the race. */
  start: number;
  raceDay: number;
  constraints: PlanConstraints;
  /** The last of RC-1's first half of hard-free days after a race (epoch day). */
  noModerateThrough: number;
  /** How long the week's easy runs would be if their days could hold them. */
  easyRunWantMin: number;
  /** Days the runner locked: kept as they were, strength and all. */
  lockedDays: ReadonlySet<number>;
  /** RC-1's first days after any race, rest or very easy running only. */
  veryEasyDays: ReadonlySet<number>;
}

/**
 * Strength sessions (SP-2) on easy days first, two days apart, never the day before a key
 * session or near the race; mobility on a rest day, else after the weekend's run.
 */
export function placeNonRunning(p: Placement): void {
  const { t, week, start, ctx } = p;
  const easyRuns = week.slots.filter((s) => s.role === "easy").length;
  const locked = ctx.lockedDays ?? [];
  const w: NonRunningWeek = {
    t,
    week,
    start,
    raceDay: ctx.raceDay,
    constraints: ctx.constraints,
    noModerateThrough: ctx.carry.noModerateThrough,
    easyRunWantMin: easyRunWantMin(t, week, ctx.constraints, easyRuns),
    lockedDays: lockedWeekdays(locked),
    veryEasyDays: veryEasyDaysOf(t, start, ctx.carry),
  };
  // A locked day's strength session stays: it counts among the week's, and spaces the others.
  const kept = locked.filter((l) => l.strength).map((l) => l.day);
  const chosen: number[] = [...kept];
  // Each day is scored once: a comparator that drew its own numbers would order by chance.
  const days = [0, 1, 2, 3, 4, 5, 6]
    .filter((d) => isOpen(w, d))
    .map((d) => ({ d, score: score(w, d, ctx.random) }))
    .sort((a, b) => b.score - a.score)
    .map(({ d }) => d);
  const pick = (candidates: number[], most: number) => {
    for (const d of candidates) {
      if (chosen.length >= most) break;
      const role = week.roleOn(d);
      if (chosen.every((c) => Math.abs(c - d) >= 2) && role !== "long" && role !== "medium-long")
        chosen.push(d);
    }
  };
  pick(days, t.nonRun.strengthSessions);
  pick(lastResortDays(w), Math.min(1, t.nonRun.strengthSessions));
  for (const d of chosen) if (!kept.includes(d)) week.put(d, "strength");
  if (t.nonRun.mobilityMin > 0) {
    const restDay = [0, 1, 2, 3, 4, 5, 6].find(
      (d) => week.roleOn(d) === undefined && !t.availability.unavailable[d],
    );
    // Else after a weekend run: weekdays may be capped (weekdayMaxMin), weekends are not.
    const weekend = [6, 5].find((d) => !t.availability.unavailable[d] && !isNearRace(w, d));
    const day = restDay ?? weekend;
    if (day !== undefined) week.put(day, "mobility");
  }
}

/**
 * A peaked race or a B race's mini-taper keeps its last days free of strength; a training race
 * is run on whatever legs the week leaves (MG-1): only its eve and the day before stay free.
 */
function isNearRace(w: NonRunningWeek, d: number): boolean {
  const until = w.raceDay - (w.start + d);
  const free =
    w.t.frame.focus.mode === "training-race"
      ? policy.strengthFreeDaysBeforeTrainingRace
      : strengthFreeDaysBeforeRace;
  return until >= 0 && until <= free;
}

/** A capped weekday must still hold its run beside the strength session (CON-3). */
function isRoomy(w: NonRunningWeek, d: number): boolean {
  const role = w.week.roleOn(d);
  const run = role === "easy" ? policy.easyBesideStrengthMin : minRunBesideStrengthMin;
  return role === undefined || dayCapMin(d, w.constraints) >= w.t.nonRun.strengthMin + run;
}

/** Whether a strength session would cut the day's easy run under what the week wants of it. */
const squeezesRun = (w: NonRunningWeek, d: number): boolean =>
  runRoomMin(w.t, w.constraints, d) < w.easyRunWantMin;

/**
 * RC-1's first days after any race are rest or very easy: no strength, whatever the week.
 * A recovery week's strength waits longer, as moderate work does, for the first half of
 * RC-1's hard-free days to pass after a race, the weeks before's or one inside the week: two
 * days after a 5K, a week after a marathon, eleven after a 100K.
 */
function isTooSoonAfterRace(w: NonRunningWeek, d: number): boolean {
  if (w.veryEasyDays.has(d)) return true;
  if (w.t.frame.phase !== "recovery") return false;
  const afterOwnRace = w.t.frame.trainingRaces.some(
    ({ goal, day }) => d > day && d - day <= firstDaysAfterRace(recoveryNoHardDays[goal.category]),
  );
  return afterOwnRace || w.start + d <= w.noModerateThrough;
}

/**
 * SP-2's session in a week whose other days can't hold it (a training race beside a fixed
 * long-run day, capped weekdays): the later of RC-1's very easy days, never a recovery week's.
 */
function lastResortDays(w: NonRunningWeek): number[] {
  if (w.t.frame.phase === "recovery") return [];
  const lenient = { ...w, veryEasyDays: new Set<number>() };
  return [...w.veryEasyDays].filter((d) => isOpen(lenient, d)).sort((a, b) => b - a);
}

function isOpen(w: NonRunningWeek, d: number): boolean {
  return (
    !w.t.availability.unavailable[d] &&
    !w.lockedDays.has(d) &&
    !isNearRace(w, d) &&
    !isTooSoonAfterRace(w, d) &&
    isRoomy(w, d)
  );
}

/**
 * Easy days suit strength best, then hard days, then free ones; never the eve of a key session.
 * An easy day capped too short for its run and the session together comes last but a rest day.
 */
function score(w: NonRunningWeek, d: number, random: Random): number {
  const role = w.week.roleOn(d);
  const base =
    role === "easy"
      ? squeezesRun(w, d)
        ? 1.5
        : 4
      : role === "hard"
        ? 3
        : role === undefined && w.t.availability.runnable[d]
          ? 2
          : 1;
  const keyTomorrow = keyRoles.has(w.week.roleOn(d + 1) ?? "");
  return base - (keyTomorrow ? 2.5 : 0) + random() * 0.5;
}
