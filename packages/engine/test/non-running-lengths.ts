import type { Plan, Week } from "../src/schema/plan.ts";
import type { ScenarioInput } from "../src/schema/scenario.ts";

/** WORKOUTS.md: strength 30–40 min, mobility 15–20 min. */
const strengthMin = [30, 40] as const;
const mobilityMin = [15, 20] as const;
/**
 * Where a shorter strength session is the coach's call: a week running under two hours (30
 * minutes would be a quarter of it), or weekdays capped under the session and an easy run of
 * 20 beside it (CON-3; the week's sessions are sized alike, whichever day they land on). It
 * is never under 20.
 */
const smallWeekRunMin = 120;
const easyBesideStrengthMin = 20;
const shortestStrengthMin = 20;

/**
 * The generated strength and mobility sessions whose length is outside the library's, as
 * "date title": a strength session is not cut to 20 minutes because the week's budget is.
 */
export function offLibraryNonRunning(plan: Plan, scenario: ScenarioInput): string[] {
  const weekdayMax = scenario.constraints?.weekdayMaxMin ?? Number.POSITIVE_INFINITY;
  const out: string[] = [];
  for (const week of plan.weeks)
    for (const day of week.days)
      for (const w of day.workouts) {
        const len = w.durationMin;
        if (w.type === "mobility" && (len < mobilityMin[0] || len > mobilityMin[1]))
          out.push(`${day.date} ${w.title}`);
        if (w.type !== "strength") continue;
        const cappedDays = weekdayMax < strengthMin[0] + easyBesideStrengthMin;
        const shortAllowed = cappedDays || trainingRunMin(week) < smallWeekRunMin;
        const lo = shortAllowed ? shortestStrengthMin : strengthMin[0];
        if (len < lo || len > strengthMin[1]) out.push(`${day.date} ${w.title}`);
      }
  return out;
}

/** The week's running without its races: a race is not training. */
function trainingRunMin(week: Week): number {
  const races = week.days.flatMap((d) => d.workouts).filter((w) => w.type === "race");
  return week.totals.runMin - races.reduce((sum, w) => sum + w.durationMin, 0);
}
