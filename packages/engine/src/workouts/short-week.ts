import { policy } from "../constants.ts";
import type { WeekTarget } from "../targets/week-target.ts";
import { qualityOfSession, topUpWithStrides } from "./fit-quality.ts";
import { addRepeatsForMinutes } from "./more-reps.ts";
import { qualityBand } from "./quality-plan.ts";
import { runMinutes, type Session } from "./session.ts";
import { lengthenWraps } from "./wraps.ts";

/**
 * A loading week its sessions left short of its target: the minutes go to longer warm-ups
 * and cool-downs, as far as IN-1's floor lets the week's quality carry them. A cutback's easy
 * runs (not its recovery runs) take strides to make room (PR-1's band), and a week of one session
 * still short runs it a few more repeats: that week is what every later week ramps from
 * (PR-2), and the plan would stall there, a lone 20-minute session a week for months.
 */
export function fillShortWeek(
  sessions: Session[],
  t: WeekTarget,
  capOf: (day: number) => number,
  veryEasyDays: ReadonlySet<number>,
): void {
  const [lo, hi] = qualityBand(t.frame.phase);
  const short = () => t.runMin - runMinutes(sessions);
  const lone = isLoneSession(sessions);
  const slack = weekFitSlack(sessions, t);
  if (short() <= slack) return;
  if (t.frame.kind === "cutback") {
    const recoveryDays = sessions.filter((s) => s.type === "recovery").map((s) => s.day);
    const noStrides = new Set([...veryEasyDays, ...recoveryDays]);
    const longRun = { minutes: short(), finishMin: 0 };
    topUpWithStrides(sessions, t.frame.phase, longRun, { barredDays: noStrides });
  }
  lengthenWraps(sessions, short(), capOf, lo);
  if (!lone || short() <= slack) return;
  const before = [...sessions];
  addRepeatsForMinutes(sessions, short(), lo, capOf);
  lengthenWraps(sessions, short(), capOf, lo);
  // Repeats the wraps could not dilute would pass IN-1's ceiling: the week stays short.
  const running = sessions.filter((s) => s.running && s.type !== "race");
  const quality = running.reduce((sum, s) => sum + qualityOfSession(s), 0);
  if (quality > hi * runMinutes(running)) sessions.splice(0, sessions.length, ...before);
}

const isLoneSession = (sessions: readonly Session[]): boolean =>
  sessions.filter((s) => s.running && s.type !== "race").length === 1;

/**
 * How far a week without a long run may miss its target before it is refitted; a week of one
 * session is small, and misses it by a minute at most.
 */
export const weekFitSlack = (sessions: readonly Session[], t: WeekTarget): number =>
  isLoneSession(sessions)
    ? policy.loneSessionFitSlackMin
    : Math.max(policy.weekFitSlackMin, t.runMin * policy.weekFitSlackShare);
