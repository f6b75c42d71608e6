import { recoveryRunDaysAfter, rules } from "../constants.ts";
import type { WeekTarget } from "../targets/week-target.ts";
import type { CarryOver } from "./layout.ts";

/**
 * The days of a week that hold only rest or easy running — no moderate session, no steady
 * finish: RC-1's first days after a race, this week's or last week's. (Placement keeps
 * moderate work off the first half of RC-1's window; this is the part no fallback or top-up
 * of the workouts stage may touch either.)
 */
export function veryEasyDaysOf(t: WeekTarget, start: number, carried: CarryOver): Set<number> {
  const days = new Set<number>();
  addDays(days, 0, carried.veryEasyThrough - start);
  const raceDays = t.frame.trainingRaces.map((r) => r.day);
  if (t.frame.phase === "race" && t.frame.raceDay !== undefined) raceDays.push(t.frame.raceDay);
  for (const day of raceDays) addDays(days, day + 1, day + rules.veryEasyDaysAfterRace);
  return days;
}

/**
 * The days whose easy runs are short z1 recovery runs: RC-1's very easy days after any race,
 * and the first third of its window after the block's race, this week's or an earlier week's,
 * whatever phase the days fall in.
 */
export function recoveryRunDaysOf(t: WeekTarget, start: number, carried: CarryOver): Set<number> {
  const days = veryEasyDaysOf(t, start, carried);
  addDays(days, 0, carried.recoveryRunsThrough - start);
  const race = t.frame.phase === "race" ? t.frame.raceDay : undefined;
  if (race !== undefined)
    addDays(days, race + 1, race + recoveryRunDaysAfter(t.frame.focus.category));
  return days;
}

/** The week's days from `from` through `through`, added to `days`. */
function addDays(days: Set<number>, from: number, through: number): void {
  for (let d = Math.max(0, from); d <= Math.min(6, through); d++) days.add(d);
}
