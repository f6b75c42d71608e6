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
 * with a share of the running; both stay within a quarter of it, so a small week holds less.
 */
export function nonRunTargets(
  frame: WeekFrame,
  runMin: number,
  surface: Surface,
  c: PlanConstraints,
  next?: WeekFrame,
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
  return { strengthSessions: sessions, strengthMin, mobilityMin };
}

// A race week, or a week holding a training race, is labelled "race".
const strengthReturns = (frame: WeekFrame, next: WeekFrame | undefined): boolean =>
  isLastOfPhase(frame) && next !== undefined && next.kind !== "race";

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
