import { type DistanceCategory, isUltra, policy, rules } from "../constants.ts";
import { longRunShareCap, stepBelowMin } from "../targets/long-run.ts";
import type { WeekTarget } from "../targets/week-target.ts";
import { pickupsFloorOf, shortenQuality } from "./pickups.ts";
import { isReshapeable, runMinutes, type Session } from "./session.ts";
import { totalMinutes } from "./steps.ts";

/**
 * The key sessions have floors (a warm-up, a minimum of reps) that a small week can't
 * always pay for. The long run, built last, absorbs the difference so the week keeps its
 * target (a cutback stays a cutback, a ramp stays under its cap): shorter when the week
 * overflows (the shortest easy run goes first when even that is not enough), longer up to
 * its ceiling when easy days were too short to hold their minutes.
 */
export function absorbOvershoot(sessions: Session[], target: WeekTarget): WeekTarget {
  const t = withShorterMediumLong(target, sessions);
  const floor = Math.max(longRunFloorMin(t), Math.min(t.longRunMin, t.longRunKeepMin ?? 0));
  const room = () => t.runMin - runMinutes(sessions) - t.mediumLongMin;
  const keepsDays = t.frame.phase === "taper" || t.frame.phase === "race";
  // In a small week the quality session gives way before the long run is squeezed: the long
  // run carries the week's endurance, and next week's long run may only step up from it (LR-1).
  const squeezedMin = t.longRunMin - room();
  // A taper keeps its days, but its sharp session shortens for the week to keep falling (TP-2).
  const shortens = t.frame.phase !== "race";
  if (shortens && squeezedMin > Math.max(5, t.longRunMin * 0.1))
    shortenQuality(sessions, squeezedMin, pickupsFloorOf(t));
  while (room() < floor) {
    const easy = sessions.filter(
      (s) => (s.type === "easy" || s.type === "recovery") && isReshapeable(s),
    );
    if (easy.length === 0 || keepsDays) break;
    const shortest = easy.reduce((a, b) => (totalMinutes(b.steps) < totalMinutes(a.steps) ? b : a));
    sessions.splice(sessions.indexOf(shortest), 1);
  }
  // Still no room: the quality session gives way (a small week's cutback stays a cutback).
  if (shortens) shortenQuality(sessions, floor - room(), pickupsFloorOf(t));
  return {
    ...t,
    longRunMin: Math.max(Math.min(t.longRunCeilingMin, room()), Math.min(t.longRunMin, floor)),
  };
}

/**
 * A week that overflows shortens its back-to-back's second run first, down to the library's
 * least share of the long run: the long run carries the weekend, and next week's long run may
 * only step up from it (LR-1). When the long run the rest leaves would be too short for that
 * second run (LR-4's 75%), the two shrink together at the least share.
 */
function withShorterMediumLong(t: WeekTarget, sessions: Session[]): WeekTarget {
  const over = runMinutes(sessions) + t.mediumLongMin + t.longRunMin - t.runMin;
  const least = policy.mediumLongLeastOfLong;
  const shortest = Math.ceil(t.longRunMin * least);
  if (over <= 0 || t.mediumLongMin <= shortest) return t;
  const mediumLong = Math.max(shortest, t.mediumLongMin - over);
  const pair = t.mediumLongMin + t.longRunMin - over;
  if (mediumLong <= (pair - mediumLong) * rules.mediumLongOfLong[1])
    return { ...t, mediumLongMin: mediumLong };
  return { ...t, mediumLongMin: pair - Math.floor(pair / (1 + least)) };
}

/**
 * The shortest long run a week keeps: an easy run's floor. A cutback's may be shorter, down to
 * a shake-out, as long as next week's long run can step back up to an easy run's length
 * (LR-1: +30 min for an ultra, +15% else). In a small week of two runs, a quality session and
 * a long run at an easy run's floor would hold the cutback within 20% of the week before (PR-1).
 */
export function longRunFloorMin(t: WeekTarget): number {
  const [easyFloor] = policy.easyRunMin;
  if (t.frame.kind !== "cutback") return easyFloor;
  const stepBack = stepBelowMin(easyFloor, isUltra(t.frame.endurance.category));
  return Math.max(policy.shakeOutMin, stepBack);
}

/**
 * LR-3 on the week as built: when the easy days held less than planned, the long run (and
 * its back-to-back partner) shrink to keep their share of the week's running.
 */
export function fitLongRun(
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
