import type { Plan } from "../src/schema/plan.ts";

const loadingPhases = new Set(["base", "build", "specific", "peak"]);

/**
 * PR-1's rhythm read from the weeks' labels alone, as a checker reading PLAN-FORMAT.md's
 * `kind` would: the loading weeks since the last week labelled `cutback` (a week holding a
 * race, or outside the loading phases, starts the count again). Our validator also reads a
 * week that fell by a cutback's drop as the stretch's lighter week; a plan must hold under
 * both. The weeks where the count passes `cutbackEvery − 1`.
 */
export function labelStreakBreaks(plan: Plan): number[] {
  const most = plan.athleteProfile.cutbackEvery - 1;
  const breaks: number[] = [];
  let streak = 0;
  for (const week of plan.weeks) {
    const race = week.days.some((d) => d.workouts.some((w) => w.type === "race"));
    const resets = week.kind === "cutback" || race || !loadingPhases.has(week.phase);
    streak = resets ? 0 : streak + 1;
    if (streak > most) breaks.push(week.index);
  }
  return breaks;
}
