import type { Day, Intensity, Week } from "../schema/plan.ts";
import { isRunning } from "../validate/amounts.ts";

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

/** The runs a week holds locked, by weekday: placement builds the rest of the week around them. */
export function lockedRunsOf(week: Week | undefined): { day: number; intensity: Intensity }[] {
  if (!week) return [];
  return week.days.flatMap((d, day) =>
    d.workouts
      .filter(
        (w) =>
          w.locked && isRunning(w) && !["long", "medium-long", "race", "rest"].includes(w.type),
      )
      .slice(0, 1)
      .map((w) => ({ day, intensity: w.intensity })),
  );
}
