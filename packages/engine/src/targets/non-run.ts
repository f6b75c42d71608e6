import { policy } from "../constants.ts";
import type { PlanConstraints } from "../constraints.ts";
import type { WeekFrame } from "../macro/macro.ts";
import type { Surface } from "../schema/scenario.ts";

export interface NonRunTargets {
  strengthSessions: number;
  strengthMin: number;
  mobilityMin: number;
}

const none: NonRunTargets = { strengthSessions: 0, strengthMin: 0, mobilityMin: 0 };

/**
 * SP-2 and the workout library: strength 2× a week in base and build for trail and mountain
 * goals, 1× otherwise, light in the taper and none in race week; mobility with what is left.
 * The minutes are a share of the running so that cutbacks and ramps move them together.
 */
export function nonRunTargets(
  frame: WeekFrame,
  runMin: number,
  surface: Surface,
  c: PlanConstraints,
): NonRunTargets {
  if (!c.strength || frame.phase === "race") return none;
  const budget = runMin * policy.nonRunShare[frame.phase];
  const [strengthLo, strengthHi] = policy.strengthMin;
  const [mobilityLo, mobilityHi] = policy.mobilityMin;
  if (frame.phase === "recovery")
    return { ...none, mobilityMin: clampRound(budget, mobilityLo, mobilityHi) };
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

function clampRound(x: number, lo: number, hi: number): number {
  return Math.round(Math.min(hi, Math.max(lo, x)) / 5) * 5;
}
