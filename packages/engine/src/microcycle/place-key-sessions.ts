import { weekdays } from "../schema/scenario.ts";
import { lockedWeekdays } from "../workouts/locked-session.ts";
import {
  canTradeDays,
  chooseDays,
  closeSecondHard,
  type DayRules,
  hardDayLeavingModerate,
} from "./choose-days.ts";
import type { Slot } from "./layout.ts";
import type { KeysWanted } from "./place-anchors.ts";
import { type Placement, runSlotsLeft } from "./placement.ts";

/**
 * The week's hard sessions on the days IN-3..IN-5 leave, a moderate one when no day could hold
 * the hard one or when the week wants a third (IN-2), the key session before the moderate one.
 * Returns the two days of a close pair the runner is asked to choose between (IN-4).
 */
export function placeKeySessions(p: Placement, wanted: KeysWanted): [number, number] | undefined {
  const { dayRules, week, start } = p;
  const chosen = chooseDays(dayRules, "hard", Math.min(wanted.hard, Math.max(0, runSlotsLeft(p))));
  // One key session and a moderate one wanted: put the key where the moderate still fits.
  if (wanted.moderate && chosen.length === 1 && runSlotsLeft(p) > 1) {
    const roomy = hardDayLeavingModerate(dayRules);
    if (roomy !== undefined) chosen.splice(0, 1, roomy);
  }
  const { hardDays, closeKeys, answered } = closePair(p, wanted.hard, chosen);
  const moderate = wanted.moderate && !answered;
  for (const day of hardDays) {
    week.put(day, "hard");
    dayRules.hardEpochs.push(start + day);
    dayRules.anchorEpochs.push(start + day);
  }
  const training = p.t.frame.phase !== "race" && p.t.frame.phase !== "recovery";
  if (training && wanted.hard > 0 && hardDays.length === 0 && !moderate && runSlotsLeft(p) > 0)
    moderateInstead(p);
  if (moderate && runSlotsLeft(p) > 0)
    for (const day of chooseDays(dayRules, "moderate", 1)) week.put(day, "moderate");
  // A day the runner locked keeps its session where it is.
  if (!answered) keyBeforeModerate(week.slots, dayRules, lockedWeekdays(p.ctx.lockedDays));
  return closeKeys;
}

/**
 * IN-4: two key sessions wanted and only days two apart for them: both, and the user
 * chooses; with the user's answer, that day stays hard and the other is an easy run.
 */
function closePair(
  p: Placement,
  wanted: number,
  hardDays: number[],
): { hardDays: number[]; closeKeys?: [number, number]; answered: boolean } {
  const [onlyHard] = hardDays;
  if (wanted < 2 || hardDays.length !== 1 || onlyHard === undefined || runSlotsLeft(p) <= 1)
    return { hardDays, answered: false };
  const second = closeSecondHard(p.dayRules, onlyHard);
  if (second === undefined) return { hardDays, answered: false };
  const pair: [number, number] = onlyHard < second ? [onlyHard, second] : [second, onlyHard];
  const kept = pair.find((d) => p.ctx.keepHard === weekdays[d]);
  if (kept === undefined) return { hardDays: pair, closeKeys: pair, answered: false };
  return { hardDays: [kept], answered: true };
}

/**
 * No day could hold the hard session: a moderate one keeps the week's quality (IN-1). Beside
 * at most the long run's anchor, IN-2 asks it no distance from it. Never on a race's eve, nor
 * in RC-1's very easy days; past the first half of RC-1's window and a big weekend's days
 * (LR-5) when the week has a day there, and always in a taper, which keeps its intensity (TP-2).
 */
function moderateInstead(p: Placement): void {
  const { t, ctx, start } = p;
  const eves = [ctx.raceDay - 1 - start, ...p.trainingRaceEves, ...(ctx.raceNextMonday ? [6] : [])];
  const from = (through: number) =>
    new Set([...eves, ...[0, 1, 2, 3, 4, 5, 6].filter((d) => start + d <= through)]);
  const calm = t.frame.phase === "taper" ? [] : [ctx.carry.noModerateThrough];
  for (const through of [...calm, ctx.carry.veryEasyThrough]) {
    const [day] = chooseDays(p.dayRules, "easy", 1, from(through));
    if (day === undefined) continue;
    p.week.put(day, "moderate");
    return;
  }
}

/**
 * The key session comes first, fresh from the rest day; the moderate one later in the week
 * (Tue quality, Thu hills), when the rules allow the two to trade days.
 */
function keyBeforeModerate(slots: Slot[], r: DayRules, locked: ReadonlySet<number>): void {
  const hard = slots.filter((s) => s.role === "hard");
  const moderate = slots.find((s) => s.role === "moderate");
  const [key] = hard;
  if (hard.length !== 1 || !key || !moderate || moderate.day > key.day) return;
  if (locked.has(key.day) || locked.has(moderate.day)) return;
  if (!canTradeDays(r, key.day, moderate.day)) return;
  const keyEpoch = r.start + key.day;
  for (const list of [r.hardEpochs, r.anchorEpochs]) {
    const at = list.indexOf(keyEpoch);
    if (at >= 0) list[at] = r.start + moderate.day;
  }
  [key.day, moderate.day] = [moderate.day, key.day];
}
