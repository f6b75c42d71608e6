import type { Plan } from "../src/schema/plan.ts";

/**
 * The generated sessions whose warm-up or cool-down runs past WORKOUTS.md's longest (20 and
 * 15 min), as "date title warm-up/cool-down": a week short of its target never hides its
 * minutes in a two-hour cool-down.
 */
/** WORKOUTS.md: warm-up 10–20 min, cool-down 5–15 min. */
const longestWarmupMin = 20;
const longestCooldownMin = 15;

export function overlongWraps(plan: Plan): string[] {
  const out: string[] = [];
  for (const week of plan.weeks)
    for (const day of week.days)
      for (const w of day.workouts) {
        const [first] = w.steps;
        const last = w.steps.at(-1);
        const warm = first?.kind === "warmup" ? first.durationMin : 0;
        const cool = last?.kind === "cooldown" ? last.durationMin : 0;
        if (warm > longestWarmupMin || cool > longestCooldownMin)
          out.push(`${day.date} ${w.title} ${warm}/${cool}`);
      }
  return out;
}
