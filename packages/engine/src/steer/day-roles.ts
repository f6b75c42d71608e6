import { policy } from "../constants.ts";
import type { Day, Workout } from "../schema/plan.ts";
import { isRunning } from "../validate/amounts.ts";

/** The part a workout plays in its week: its long run, a key session, or its intensity. */
function roleOf(w: Workout): string {
  if (w.type === "long" || w.type === "medium-long" || w.type === "race" || w.type === "rest")
    return w.type;
  if (!isRunning(w)) return w.type;
  return w.key ? "key" : w.intensity;
}

const minutesOf = (d: Day) => d.workouts.reduce((sum, w) => sum + w.durationMin, 0);

/**
 * Whether a regenerated day can stand in for the old one without unsettling its week: the
 * same parts (a key session for a key session, the long run for the long run), about the
 * same minutes.
 */
export function sameRoles(old: Day, now: Day): boolean {
  const roles = (d: Day) => d.workouts.map(roleOf).sort().join(",");
  if (roles(old) !== roles(now)) return false;
  const before = minutesOf(old);
  const tolerance = Math.max(
    policy.regeneratedDayMinutesMin,
    before * policy.regeneratedDayMinutesShare,
  );
  return Math.abs(minutesOf(now) - before) <= tolerance;
}
