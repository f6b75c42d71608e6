import { policy, rules } from "../constants.ts";
import type { PhaseKind } from "../schema/plan.ts";
import type { WeekTarget } from "../targets/week-target.ts";
import { addStrides, canTakeStrides, stridesRank } from "./easy-runs.ts";
import { maxLongFinish, qualityBand } from "./quality-plan.ts";
import { qualitySession } from "./quality-session.ts";
import { isReshapeable, runMinutes, type Session } from "./session.ts";
import { qualityOf, totalMinutes, work, zoneMinutesOf } from "./steps.ts";
import type { WeekContext } from "./week-sessions.ts";

/**
 * IN-2: a third, moderate session needs five run days. When the week ended with fewer
 * (easy days dropped for lack of minutes), it becomes an easy run of the same length.
 */
export function demoteThirdSession(
  sessions: Session[],
  t: WeekTarget,
  extraRunDays: number[],
): boolean {
  const runDays = new Set([...sessions.filter((s) => s.running).map((s) => s.day), ...extraRunDays])
    .size;
  const longAnchor = t.longRunMin >= rules.anchorLongRunMin || t.backToBack ? 1 : 0;
  const anchors = sessions.filter((s) => s.intensity === "hard").length + longAnchor;
  if (runDays >= 5 || anchors < 2) return false;
  let demoted = false;
  for (const [i, s] of sessions.entries()) {
    if (s.intensity !== "moderate" || !s.running || !isReshapeable(s)) continue;
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

/** A session's minutes above easy (z3–z5), what IN-1 counts. */
export const qualityOfSession = (s: Session): number => qualityOf(zoneMinutesOf(s.steps));

/**
 * IN-1's ceiling: when a small week's sessions hold more quality than 20% of its running
 * (a family's smallest session is still big), the biggest session becomes short pickups.
 */
export function capQuality(
  sessions: Session[],
  longMin: number,
  t: WeekTarget,
  ctx: WeekContext,
  reservedMin: (day: number) => number,
): void {
  const [, hi] = qualityBand(t.frame.phase);
  for (let guard = 0; guard < 3; guard++) {
    const running = sessions.filter((s) => s.running && s.type !== "race");
    const quality = running.reduce((sum, s) => sum + qualityOfSession(s), 0);
    const allowed = hi * (runMinutes(sessions) + longMin);
    if (quality <= allowed) return;
    // An easy run rebuilt as a session is one more: beside two already, its strides stay (IN-2).
    const ofQuality = running.filter((s) => s.intensity !== "easy");
    const sessionsNow = ofQuality.length + (longMin >= rules.anchorLongRunMin ? 1 : 0);
    const candidates = (sessionsNow >= rules.maxStressAnchors ? ofQuality : running).filter(
      isReshapeable,
    );
    if (candidates.length === 0) return;
    const biggest = candidates.reduce((a, b) =>
      qualityOfSession(b) > qualityOfSession(a) ? b : a,
    );
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
 * IN-1: the long run's steady or race-effort finish is the week's quality dial. It tops the
 * quality up to the phase's band (80–90% easy, base up to 95%) or gives way when the
 * sessions already hold enough.
 */
export function longFinishInBand(others: Session[], t: WeekTarget, planned: number): number {
  const running = others.filter((s) => s.running && s.type !== "race");
  const runMin = running.reduce((sum, s) => sum + totalMinutes(s.steps), 0) + t.longRunMin;
  const quality = running.reduce((sum, s) => sum + qualityOf(zoneMinutesOf(s.steps)), 0);
  const [lo, hi] = qualityBand(t.frame.phase);
  const most = Math.min(
    Math.floor(hi * runMin - quality),
    maxLongFinish(t.frame.phase, t.longRunMin, t.backToBack),
  );
  const floor = Math.ceil(lo * runMin - quality);
  const wanted = Math.max(planned, floor);
  if (wanted <= 0 || most <= 0) return 0;
  // A finish of a minute or two is no workout: one wanted runs at least a few minutes, and
  // one IN-1's ceiling squeezes under them is left out unless its floor needs it.
  const finish = Math.min(Math.max(wanted, policy.steadyFinishMinMin), most);
  return finish >= policy.steadyFinishMinMin || floor > 0 ? finish : 0;
}

/**
 * IN-1's floor, last resort: when even the long run's finish leaves the week under 10%
 * quality (one short hill session in a cutback, a sharp session cut to pickups), easy runs
 * take strides, 2 min each. The long run, not yet among the sessions, counts with its finish.
 * Easy runs take them first, recovery runs and the `lastDays` (RC-1's first days after a
 * race) only when the week has nothing else; `barredDays` never.
 */
export function topUpWithStrides(
  sessions: Session[],
  phase: PhaseKind,
  longRun: { minutes: number; finishMin: number },
  { barredDays = new Set<number>(), lastDays = new Set<number>() }: StridesDays = {},
): void {
  const [lo] = qualityBand(phase);
  const running = sessions.filter((s) => s.running && s.type !== "race");
  const runMin = running.reduce((sum, s) => sum + totalMinutes(s.steps), 0) + longRun.minutes;
  let quality =
    running.reduce((sum, s) => sum + qualityOf(zoneMinutesOf(s.steps)), 0) + longRun.finishMin;
  const rank = (s: Session) => stridesRank(lastDays.has(s.day), s.type === "recovery");
  const candidates = sessions
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => canTakeStrides(s) && isReshapeable(s) && !barredDays.has(s.day))
    .sort((a, b) => rank(a.s) - rank(b.s));
  for (const { s, i } of candidates) {
    if (quality >= lo * runMin) return;
    sessions[i] = addStrides(s);
    quality += stridesQualityMin;
  }
}

interface StridesDays {
  barredDays?: ReadonlySet<number>;
  lastDays?: ReadonlySet<number>;
}

/** 6 × 20 s of strides. */
const stridesQualityMin = 2;
