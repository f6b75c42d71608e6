import { isMarathonOrLonger, policy } from "../constants.ts";
import { holdsTrainingRace } from "../macro/macro.ts";
import type { WeekTarget } from "../targets/week-target.ts";
import { easyRunOf } from "./easy-runs.ts";
import type { Session } from "./session.ts";
import { formatMinutes, totalMinutes, work } from "./steps.ts";
import type { WeekContext } from "./week-sessions.ts";

/** The long run: time-based, mostly z2, a race-effort or progression finish when the week calls for it. */
export function longRunSession(
  day: number,
  t: WeekTarget,
  finishMin: number,
  ctx: WeekContext,
): Session {
  const total = Math.round(t.longRunMin);
  const finish = Math.min(Math.round(finishMin), total - 10);
  const specific = t.frame.phase === "specific" || t.frame.phase === "peak";
  const offRoad = ctx.surface !== "road";
  const steps =
    finish > 0
      ? [
          work(total - finish, "z2"),
          work(finish, "z3", specific ? "race effort on race-like terrain" : "finish steady"),
        ]
      : [work(total, "z2")];
  const notes: string[] = [];
  if (offRoad) notes.push("On trail, on ground like the race's: its climbs, descents and footing.");
  if (ctx.fuelingGPerHour !== undefined) {
    notes.push(fuelingNote(ctx.fuelingGPerHour));
  } else if (total >= 90 && isMarathonOrLonger(ctx.enduranceCategory)) {
    notes.push("Carry water; take some carbohydrate after the first hour.");
  }
  notes.push(...ctx.racePractice);
  const finishText =
    finish > 0 ? ` with ${finish} min ${specific ? "at race effort" : "steady"}` : "";
  return {
    day,
    type: "long",
    title: `${t.backToBack ? "Back-to-back day 1: long run" : "Long run"} ${formatMinutes(total)}${finishText}`,
    steps,
    // A short finish leaves it an easy long run; a long stretch at race effort makes it moderate.
    intensity: finish > total * policy.easyLongFinishShare ? "moderate" : "easy",
    key: t.backToBack || total >= 120,
    notes,
    running: true,
    vertWeight: offRoad ? 1.4 : 1,
  };
}

/** The second day of a back-to-back: easy, on tired legs. */
export function mediumLongSession(day: number, t: WeekTarget, ctx: WeekContext): Session {
  const total = Math.round(t.mediumLongMin);
  return {
    day,
    type: "medium-long",
    title: `Back-to-back day 2: medium-long ${formatMinutes(total)}`,
    steps: [work(total, "z2", "easy on tired legs")],
    intensity: "easy",
    key: false,
    notes:
      ctx.surface !== "road" ? ["Same terrain as yesterday; practise eating on the move."] : [],
    running: true,
    vertWeight: ctx.surface !== "road" ? 1.3 : 1,
  };
}

export const fuelingNote = (gPerHour: number): string =>
  `Fueling practice: ${gPerHour} g carbohydrate per hour, with the race's own products.`;

/**
 * SP-3 every specific and peak week: a week with no long run (a cutback, days away) practises
 * fueling on its longest run.
 */
export function fuelOnLongestRun(sessions: Session[], gPerHour: number | undefined): void {
  if (gPerHour === undefined || sessions.some((s) => s.type === "long")) return;
  // The longest run in whole minutes, as the plan states it, the earliest of equals (the
  // validator reads the same one).
  const runs = sessions.filter((s) => s.running && s.type !== "race").sort((a, b) => a.day - b.day);
  if (runs.length === 0) return;
  const minutes = (s: Session) => Math.round(totalMinutes(s.steps));
  const longest = runs.reduce((a, b) => (minutes(b) > minutes(a) ? b : a));
  sessions[sessions.indexOf(longest)] = {
    ...longest,
    notes: [...longest.notes, fuelingNote(gPerHour)],
  };
}

/**
 * The week's long run — or, in a week holding a training race, an easy run when the race left
 * it well under its target: next week's long run then steps from the last real one (LR-1),
 * not from a stub that would hold the long runs, and a week of few run days, down for weeks.
 */
export function longRunOrEasy(
  day: number,
  planned: WeekTarget,
  fitted: WeekTarget,
  finishMin: number,
  ctx: WeekContext,
): Session {
  const stub =
    holdsTrainingRace(planned.frame) &&
    ctx.fuelingGPerHour === undefined &&
    fitted.longRunMin < planned.longRunMin * policy.raceWeekLongRunKept;
  return stub ? easyInsteadOfLong(day, fitted, ctx) : longRunSession(day, fitted, finishMin, ctx);
}

/** The long run's day holding an easy run of its minutes: no key session, no long run (LR-*). */
export function easyInsteadOfLong(day: number, t: WeekTarget, ctx: WeekContext): Session {
  const easy = easyRunOf(longRunSession(day, t, 0, ctx), Math.round(t.longRunMin));
  return { ...easy, key: false, notes: [] };
}
