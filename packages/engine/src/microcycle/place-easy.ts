import { afterRaceRunDays } from "./after-race-days.ts";
import { chooseDays, type DayRules } from "./choose-days.ts";
import { easyRunWantMin, type Placement, runSlotsLeft } from "./placement.ts";

/**
 * The week's easy runs on the run days left, spread through the week and kept off a race's
 * eve and first days after it (TP-3, RC-1); then the runs a taper or a race week adds to keep
 * its days (TP-2), and the recovery runs after a short race.
 */
export function placeEasyRuns(p: Placement): void {
  const { t, week } = p;
  const count = Math.max(0, runSlotsLeft(p));
  const want = easyRunWantMin(t, week, p.ctx.constraints, count);
  const dayRules = { ...p.dayRules, easyRunWantMin: want };
  for (const day of chooseDays(dayRules, "easy", count, easyBlocked(p))) {
    week.put(day, "easy");
    const slot = week.slots.at(-1);
    if (slot && isCalm(dayRules, day)) slot.calm = true;
  }
  if (t.frame.phase === "taper") keepTaperDays(p);
  // A race week short of its run days (TP-2) takes the shake-out after all.
  const eve = (t.frame.raceDay ?? 0) - 1;
  const hasShakeOut = week.slots.some((s) => s.role === "shakeout");
  if (
    t.frame.phase === "race" &&
    eve >= 0 &&
    !hasShakeOut &&
    runSlotsLeft(p) > 0 &&
    t.availability.runnable[eve] &&
    !p.trainingRaceDays.has(eve)
  ) {
    week.put(eve, "shakeout");
  }
  // RC-1: a short race's week runs easy again after a day's rest, within the runner's days.
  const room = p.ctx.constraints.maxRunDaysPerWeek - week.runDays.size;
  // A race next Monday makes this Sunday its eve (TP-3): a shake-out there, not a recovery run.
  for (const day of afterRaceRunDays(t, room, week.runDays))
    week.put(day, p.ctx.raceNextMonday && day === 6 ? "shakeout" : "recovery");
}

/** Days an easy run must not take: a race's eve and the days right after it. */
function easyBlocked(p: Placement): Set<number> {
  const { t, ctx, start } = p;
  const blocked =
    t.frame.phase === "race" || t.frame.phase === "recovery"
      ? daysJustAfterRace(start, ctx.raceDay)
      : new Set<number>();
  for (const d of p.trainingRaceEves) blocked.add(d);
  // TP-3 for a Monday race: this Sunday is its eve, a shake-out or rest.
  if (ctx.raceNextMonday) blocked.add(6);
  if (t.frame.phase === "race" && t.frame.raceDay !== undefined) {
    // RC-1: after the race the week rests; recovery running starts with the recovery phase.
    for (let d = t.frame.raceDay + 1; d < 7; d++) blocked.add(d);
    // TP-3: the eve of the race holds the shake-out or nothing.
    blocked.add(t.frame.raceDay - 1);
  }
  return blocked;
}

/**
 * A taper keeps its run days (TP-2): a training race's eve takes a shake-out, and when the
 * eve can't run or the week is still short, the day after it a very easy run (RC-1).
 */
function keepTaperDays(p: Placement): void {
  const { t, ctx, week } = p;
  const free = (d: number) =>
    d >= 0 &&
    d < 7 &&
    t.availability.runnable[d] &&
    !week.slots.some((s) => s.day === d && s.role !== "strength" && s.role !== "mobility");
  for (const { day } of t.frame.trainingRaces) {
    if (runSlotsLeft(p) <= 0) break;
    if (free(day - 1)) week.put(day - 1, "shakeout");
    const short = runSlotsLeft(p) > 0;
    if (short && free(day + 1) && !(ctx.raceNextMonday && day + 1 === 6)) week.put(day + 1, "easy");
  }
}

/** RC-1: the first two days after the race are rest. */
function daysJustAfterRace(start: number, raceDay: number): Set<number> {
  const blocked = new Set<number>();
  for (let d = 0; d < 7; d++) if (start + d > raceDay && start + d <= raceDay + 2) blocked.add(d);
  return blocked;
}

/** An easy day two days from every stress anchor, where no hard session is barred (IN-2). */
function isCalm(r: DayRules, d: number): boolean {
  return r.anchorEpochs.every((a) => Math.abs(a - (r.start + d)) >= 2) && !r.noHardDays.has(d);
}
