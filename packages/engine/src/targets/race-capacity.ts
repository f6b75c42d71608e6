/**
 * The most running a race's own week and its recovery weeks can hold: their targets ask no
 * more, or the weekly targets bar shows weeks far under targets no day could reach.
 */

import { policy, recoveryRunDaysAfter, rules } from "../constants.ts";
import type { PlanConstraints } from "../constraints.ts";
import type { WeekFrame } from "../macro/macro.ts";
import { dayCapMin, type WeekAvailability } from "../microcycle/availability.ts";
import { eveShakesOut, holdsSharpSession } from "../microcycle/key-days.ts";
import { afterRaceDays } from "./after-race.ts";
import { topSum } from "./week-days.ts";

/** The run days a race week spends up to its race, the race's own included. */
function daysToRace(frame: WeekFrame, availability: WeekAvailability, runDays: number): number {
  const raceDay = frame.raceDay ?? 6;
  const open = availability.runnable.slice(0, raceDay).filter(Boolean).length;
  return Math.min(runDays, open + 1);
}

/** What else caps a run of the week: LR-1's longest run, a B race's mini-taper's easy runs. */
interface RunCaps {
  maxRunMin?: number;
  easyRunMaxMin?: number;
}

/**
 * The most running a race week or a recovery week can hold, under an earlier race's limits on
 * their first days (RC-1); no limit for other weeks.
 */
export function aroundRaceCapacity(
  frames: readonly WeekFrame[],
  frame: WeekFrame,
  availability: WeekAvailability,
  runDays: number,
  c: PlanConstraints,
  runCaps: RunCaps = {},
): number {
  const { easyRunMaxMin = Number.POSITIVE_INFINITY, maxRunMin = Number.POSITIVE_INFINITY } =
    runCaps;
  const capOf = (d: number, most: number) =>
    Math.min(most, maxRunMin, dayCapMin(d, c), afterRaceDayCap(frames, frame, d));
  if (frame.phase === "race" && frame.raceDay !== undefined) {
    const easyCapOf = (d: number) =>
      capOf(d, Math.min(policy.raceWeekEasyMaxMin[1], easyRunMaxMin));
    const full = raceWeekCapacity(frame, frame.raceDay, availability, runDays, capOf, easyCapOf);
    // A B race's day two days out keeps its easy run to an hour (fresh legs, MG-1), and few
    // run days may put one there: read one run at that day's hour.
    const twoOut = frame.raceDay - policy.freshLegsDays;
    if (frame.focus.mode !== "b-race" || !availability.runnable[twoOut]) return full;
    return full - Math.max(0, easyCapOf(twoOut) - policy.twoDaysOutEasyMaxMin);
  }
  if (frame.phase !== "recovery") return Number.POSITIVE_INFINITY;
  // A recovery week's easy runs at the recovery's length.
  const caps: number[] = [];
  for (let d = 0; d < 7; d++)
    if (availability.runnable[d]) caps.push(capOf(d, policy.recoveryWeekEasyMaxMin));
  return topSum(caps, runDays);
}

/**
 * A race week's training before its race (TP-2, TP-3): the race takes a run day, the eve a
 * shake-out when the layout gives it one, a race from Thursday on its sharp session one of
 * the days left, the others easy runs at the race week's longest.
 */
function raceWeekCapacity(
  frame: WeekFrame,
  raceDay: number,
  availability: WeekAvailability,
  runDays: number,
  capOf: (d: number, most: number) => number,
  easyCapOf: (d: number) => number,
): number {
  const eve = raceDay - 1;
  const eveOpen = eve >= 0 && availability.runnable[eve] === true;
  const eveRuns = eveOpen && eveShakesOut(availability.runnable, raceDay, runDays);
  const caps: number[] = [];
  for (let d = 0; d < eve; d++) if (availability.runnable[d]) caps.push(easyCapOf(d));
  caps.sort((x, y) => y - x);
  const taken = caps.slice(0, Math.max(0, runDays - 1 - (eveRuns ? 1 : 0)));
  const last = taken.length - 1;
  const sharp = holdsSharpSession(raceDay, frame.trainingRaces.length);
  if (sharp && last >= 0) taken[last] = Math.min(taken[last] ?? 0, policy.raceWeekSessionMaxMin);
  // An eve the layout leaves free of runs may still take a shake-out on a run day left.
  const eveMin = eveRuns || (eveOpen && taken.length < runDays - 1) ? policy.shakeOutMin : 0;
  const eveCap = eveOpen ? capOf(eve, eveMin) : 0;
  return taken.reduce((sum, x) => sum + x, 0) + eveCap;
}

/**
 * The recovery runs of a short race's own week (RC-1): the first recovery week's running for
 * the days left after the race, no more than the run days the race and the days before it
 * leave hold at a recovery run's longest.
 */
export function afterRaceRunMin(
  frame: WeekFrame,
  availability: WeekAvailability,
  c: PlanConstraints,
  runDays: number,
  firstRecoveryWeekRunMin: number,
): number | undefined {
  const days = afterRaceDays(frame, availability).length;
  if (days === 0) return undefined;
  const [shortest, longest] = policy.afterRaceRunMin;
  const share = (firstRecoveryWeekRunMin * days) / 7;
  // As many runs as the minutes fill at a recovery run's floor (the layout's count).
  const room = c.maxRunDaysPerWeek - daysToRace(frame, availability, runDays);
  const runs = Math.max(0, Math.min(days, room, Math.floor(share / shortest)));
  return runs > 0 ? Math.round(Math.min(runs * longest, share)) : 0;
}

/**
 * The longest run day `d` may hold after the last race the season's blocks led to (RC-1):
 * none in its first two days, a short recovery run through the first third of its window.
 */
function afterRaceDayCap(frames: readonly WeekFrame[], frame: WeekFrame, d: number): number {
  for (let i = frame.index; i >= 0; i--) {
    const race = frames[i];
    if (race?.phase !== "race" || race.raceDay === undefined) continue;
    const after = (frame.index - i) * 7 + d - race.raceDay;
    if (after <= 0) continue;
    if (after <= rules.veryEasyDaysAfterRace) return 0;
    return after <= recoveryRunDaysAfter(race.focus.category)
      ? policy.recoveryRunMaxMin
      : Number.POSITIVE_INFINITY;
  }
  return Number.POSITIVE_INFINITY;
}
