import type { Plan } from "../src/schema/plan.ts";

/** WORKOUTS.md: cruise intervals are for 5K to the marathon (42.2 km). */
const marathonMaxKm = 42.25;
const buildingPhases = new Set(["build", "specific", "peak"]);

/**
 * The quality sessions a plan holds against WORKOUTS.md's families, as "date title": cruise
 * intervals in an ultra's build, specific or peak weeks (its threshold work is tempo), and
 * a week running the same long-hills session twice (its hard and moderate sessions differ).
 */
export function offLibraryFamilies(plan: Plan): string[] {
  const out: string[] = [];
  const distanceOf = new Map(plan.goals.map((g) => [g.id, g.distanceKm]));
  for (const week of plan.weeks) {
    const ultra = (distanceOf.get(week.goalId ?? "") ?? 0) > marathonMaxKm;
    let longHills = 0;
    for (const day of week.days)
      for (const w of day.workouts) {
        if (ultra && buildingPhases.has(week.phase) && w.type === "threshold")
          out.push(`${day.date} ${w.title}`);
        if (w.title.startsWith("Long hills") && ++longHills > 1) out.push(`${day.date} ${w.title}`);
      }
  }
  return out;
}
