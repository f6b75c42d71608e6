import type { Plan } from "../src/schema/plan.ts";
import { type Away, isAway } from "./cutback-labels.ts";

type Week = Plan["weeks"][number];

const loadingPhases = new Set(["base", "build", "specific", "peak"]);
const full = (w: Week, away: Away) =>
  loadingPhases.has(w.phase) && w.kind !== "cutback" && w.kind !== "race" && !isAway(w, away);

/** A small week's 20-minute strength session grows to WORKOUTS.md's 30 as its running passes two hours. */
const strengthJumpMin = 10;

/**
 * PR-2 read on every workout's minutes (`totals.volumeMin`, strength and mobility included),
 * as a checker reading "volume" from PLAN-FORMAT.md might; our validator reads running. A
 * plan must hold under both: the full loading weeks whose whole volume rises over the ramp
 * cap from the full loading week before them.
 */
export function volumeRampBreaks(plan: Plan, away: Away): string[] {
  const cap = plan.athleteProfile.rampCap;
  const breaks: string[] = [];
  for (const [i, week] of plan.weeks.entries()) {
    const before = plan.weeks[i - 1];
    if (!before || !full(week, away) || !full(before, away)) continue;
    const rise = week.totals.volumeMin / before.totals.volumeMin - 1;
    if (week.totals.volumeMin > before.totals.volumeMin * (1 + cap) + strengthJumpMin)
      breaks.push(`week ${week.index} rises ${(100 * rise).toFixed(1)}% over a ${cap} cap`);
  }
  return breaks;
}
