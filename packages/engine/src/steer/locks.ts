import type { Day, Week } from "../schema/plan.ts";

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
