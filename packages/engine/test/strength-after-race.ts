import { daysBetween } from "../src/dates.ts";
import type { Plan } from "../src/schema/plan.ts";

/** RC-1: days without a hard session after a race, the range's upper end, by distance (km). */
const noHardDays: [maxKm: number, days: number][] = [
  [10.05, 4],
  [21.15, 7],
  [42.25, 14],
  [50.05, 14],
  [100.05, 21],
  [Number.POSITIVE_INFINITY, 28],
];

/**
 * A recovery week's strength sessions in the first half of RC-1's hard-free days after the
 * race before them, as "date title": the legs lifting before they run moderate work again.
 */
export function strengthTooSoonAfterRaces(plan: Plan): string[] {
  const races = plan.goals.map((g) => ({
    date: g.date,
    firstHalf: Math.ceil((noHardDays.find(([km]) => g.distanceKm <= km)?.[1] ?? 28) / 2),
  }));
  const out: string[] = [];
  for (const week of plan.weeks) {
    if (week.phase !== "recovery") continue;
    for (const day of week.days) {
      const soon = races.some((r) => {
        const after = daysBetween(r.date, day.date);
        return after > 0 && after <= r.firstHalf;
      });
      for (const w of day.workouts)
        if (soon && w.type === "strength") out.push(`${day.date} ${w.title}`);
    }
  }
  return out;
}
