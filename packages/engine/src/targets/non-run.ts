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
 * SP-2 and the workout library: strength 2× a week in base and build for trail and mountain
 * goals, 1× otherwise, light in the taper, none in race week and back in the recovery's last
 * week; mobility with what is left.
 * The minutes are a share of the running so that cutbacks and ramps move them together.
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
  const [strengthLo] = policy.strengthMin;
  const strengthHi = strengthCeiling(c);
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
    offRoad && (frame.phase === "base" || frame.phase === "build") && budget >= 2 * strengthLo
      ? 2
      : 1;
  const strengthMin = clampRound((budget - mobilityLo) / sessions, strengthLo, strengthHi);
  const left = budget - strengthMin * sessions;
  const mobilityMin = left >= mobilityLo ? clampRound(left, mobilityLo, mobilityHi) : 0;
  return { strengthSessions: sessions, strengthMin, mobilityMin };
}

// A race week, or a week holding a training race, is labelled "race".
const strengthReturns = (frame: WeekFrame, next: WeekFrame | undefined): boolean =>
  isLastOfPhase(frame) && next !== undefined && next.kind !== "race";

/**
 * SP-2: the longest strength session the week can hold. Strength goes beside an easy run, and
 * on weekdays capped by \`weekdayMaxMin\` the two must fit together (CON-3): a session sized
 * past that finds no day and the week goes without.
 */
function strengthCeiling(c: PlanConstraints): number {
  const [lo, hi] = policy.strengthMin;
  if (c.weekdayMaxMin === undefined) return hi;
  const room = Math.floor((c.weekdayMaxMin - policy.easyBesideStrengthMin) / 5) * 5;
  return Math.max(lo, Math.min(hi, room));
}

function clampRound(x: number, lo: number, hi: number): number {
  return Math.round(Math.min(hi, Math.max(lo, x)) / 5) * 5;
}
