import { policy } from "../constants.ts";
import type { PlanConstraints } from "../constraints.ts";
import { isLastOfPhase, type WeekFrame } from "../macro/macro.ts";
import type { Surface } from "../schema/scenario.ts";

export interface NonRunTargets {
  strengthSessions: number;
  strengthMin: number;
  mobilityMin: number;
}

const none: NonRunTargets = { strengthSessions: 0, strengthMin: 0, mobilityMin: 0 };

/**
 * SP-2 and the workout library: strength of 30–40 minutes 2× a week in base and build for
 * trail and mountain goals, 1× otherwise, light in the taper, none in race week and back in
 * the recovery's last week; mobility of 15–20 minutes beside it. The strength minutes grow
 * with a share of the running; both stay within a quarter of it, so a small week holds less,
 * and within `mostMin` (`trimmedTo`).
 */
export function nonRunTargets(
  frame: WeekFrame,
  runMin: number,
  surface: Surface,
  c: PlanConstraints,
  next?: WeekFrame,
  mostMin = Number.POSITIVE_INFINITY,
): NonRunTargets {
  if (!c.strength || frame.phase === "race") return none;
  const budget = runMin * policy.nonRunShare[frame.phase];
  // The most strength and mobility the week holds beside its running.
  const room = runMin * policy.nonRunOfRunMax;
  const [strengthLo, strengthHi] = strengthBounds(room, c);
  const [mobilityLo, mobilityHi] = policy.mobilityMin;
  // Strength returns in the recovery's last week, light, unless a race comes next: the
  // rebuild's first week then holds no jump in load over the weeks before it (PR-3).
  if (frame.phase === "recovery") {
    const mobilityMin = clampRound(budget, mobilityLo, mobilityHi);
    return strengthReturns(frame, next)
      ? { strengthSessions: 1, strengthMin: strengthLo, mobilityMin }
      : { ...none, mobilityMin };
  }
  const offRoad = surface !== "road";
  const sessions =
    offRoad && (frame.phase === "base" || frame.phase === "build") && 2 * strengthLo <= room
      ? 2
      : 1;
  // The taper's strength is light (WORKOUTS.md): the library's shortest session.
  const strengthMin =
    frame.phase === "taper"
      ? strengthLo
      : clampRound((budget - mobilityLo) / sessions, strengthLo, strengthHi);
  const left = budget - strengthMin * sessions;
  const mobilityFits = strengthMin * sessions + mobilityLo <= room;
  const mobilityMin = mobilityFits ? clampRound(left, mobilityLo, mobilityHi) : 0;
  const wanted = { strengthSessions: sessions, strengthMin, mobilityMin };
  return trimmedTo(wanted, mostMin, shortestStrengthMin(runMin, c));
}

// A race week, or a week holding a training race, is labelled "race".
const strengthReturns = (frame: WeekFrame, next: WeekFrame | undefined): boolean =>
  isLastOfPhase(frame) && next !== undefined && next.kind !== "race";

/**
 * The shortest strength session a week running `runMin` may hold: the library's 30 minutes,
 * or in a week too small for it (`strengthBounds`) the shortest of all.
 */
export function shortestStrengthMin(runMin: number, c: PlanConstraints): number {
  const lo = strengthBounds(runMin * policy.nonRunOfRunMax, c)[0];
  return lo < policy.strengthMin[0] ? policy.strengthShortestMin : lo;
}

/**
 * SP-2: the strength session's length, WORKOUTS.md's 30–40 minutes. Two kinds of week hold a
 * shorter one, down to `strengthShortestMin`: a week of little running, where 30 minutes
 * would outweigh its runs (`nonRunOfRunMax`), and weekdays capped by `weekdayMaxMin`, where
 * the session and the easy run beside it must fit together (CON-3) or the week goes without.
 */
function strengthBounds(weekRoom: number, c: PlanConstraints): [number, number] {
  const [lo, hi] = policy.strengthMin;
  const dayRoom = (c.weekdayMaxMin ?? Number.POSITIVE_INFINITY) - policy.easyBesideStrengthMin;
  const ceiling = Math.max(policy.strengthShortestMin, Math.min(hi, floorTo5(dayRoom)));
  const floor = Math.max(policy.strengthShortestMin, Math.min(lo, floorTo5(weekRoom)));
  return [Math.min(floor, ceiling), ceiling];
}

const floorTo5 = (x: number): number => Math.floor(x / 5) * 5;

function clampRound(x: number, lo: number, hi: number): number {
  return Math.round(Math.min(hi, Math.max(lo, x)) / 5) * 5;
}

/**
 * The week's strength and mobility trimmed to `mostMin`, where the whole week's minutes must
 * stay within PR-2's ramp or PR-4's first-week band read on every workout: mobility first,
 * then the second strength session, then the session's length down to `shortestMin` (the
 * library's 30 minutes, less only in a small week). A week keeps one session (SP-2's one a
 * week), whatever it costs; a week of mobility alone (a recovery week) keeps it.
 */
function trimmedTo(n: NonRunTargets, mostMin: number, shortestMin: number): NonRunTargets {
  if (n.strengthSessions === 0) return n;
  const one = { strengthSessions: 1, strengthMin: n.strengthMin, mobilityMin: 0 };
  const steps: NonRunTargets[] = [n, { ...n, mobilityMin: 0 }, one];
  for (let min = n.strengthMin - 5; min >= shortestMin; min -= 5)
    steps.push({ ...one, strengthMin: min });
  const minutes = (x: NonRunTargets) => x.strengthSessions * x.strengthMin + x.mobilityMin;
  return steps.find((x) => minutes(x) <= mostMin) ?? steps.at(-1) ?? n;
}
