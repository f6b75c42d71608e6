import { policy } from "../src/constants.ts";
import type { Plan, Week } from "../src/schema/plan.ts";

const notSessions = new Set(["long", "medium-long", "race", "strength", "mobility", "cross"]);

/** The work (z3–z5 minutes) of a week's biggest session above easy, long runs aside. */
export function keyWorkMin(week: Week): number {
  const work = week.days
    .flatMap((d) => d.workouts)
    .filter((w) => w.intensity !== "easy" && !notSessions.has(w.type))
    .map((w) => w.zoneMinutes.z3 + w.zoneMinutes.z4 + w.zoneMinutes.z5);
  return Math.max(0, ...work);
}

const isLoading = (w: Week) =>
  ["base", "build", "specific", "peak"].includes(w.phase) && w.kind !== "cutback";

/**
 * WORKOUTS.md cuts a session's work ~30% in a cutback and ~40–50% in the taper: each cutback's
 * and taper week's biggest session as a share of the last loading week's, where that one held
 * enough work to cut.
 */
export function sessionCutShares(plan: Plan): { cutback: number[]; taper: number[] } {
  const out = { cutback: [] as number[], taper: [] as number[] };
  let reference = 0;
  for (const week of plan.weeks) {
    const work = keyWorkMin(week);
    const kind = week.phase === "taper" ? "taper" : week.kind === "cutback" ? "cutback" : undefined;
    if (kind && work > 0 && reference >= policy.sessionWorkCutFromMin)
      out[kind].push(work / reference);
    if (isLoading(week) && work > 0) reference = work;
  }
  return out;
}

export const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
};
