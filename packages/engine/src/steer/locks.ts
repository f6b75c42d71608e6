import type { Day, Week } from "../schema/plan.ts";
import { isRunning } from "../validate/amounts.ts";
import type { LockedDay } from "../workouts/locked-session.ts";

/** A rebuilt week keeps every day that holds a locked workout as it was. */
export function keepLocked(fresh: Week, before: Week): Week {
  const lockedDays = new Set(
    before.days.filter((d) => d.workouts.some((w) => w.locked)).map((d) => d.date),
  );
  if (lockedDays.size === 0) return fresh;
  return {
    ...fresh,
    days: fresh.days.map((d) =>
      lockedDays.has(d.date) ? (before.days.find((b) => b.date === d.date) as Day) : d,
    ),
  };
}

/**
 * The days of a week that hold a run the runner locked (not the long run, the medium-long or a
 * race, which the season places): placement builds the rest of the week around them.
 */
export function lockedDaysOf(week: Week | undefined): LockedDay[] {
  if (!week) return [];
  return week.days.flatMap((d, day) => {
    const runs = d.workouts.filter((w) => isRunning(w));
    const locked = runs.find((w) => w.locked && !["long", "medium-long", "race"].includes(w.type));
    if (!locked) return [];
    const strength = d.workouts.some((w) => w.type === "strength");
    return [{ day, intensity: locked.intensity, runs, strength }];
  });
}
