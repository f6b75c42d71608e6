import type { Plan } from "../src/schema/plan.ts";

/**
 * MG-1: a training race replaces the week's key session: no hard session runs beside it,
 * whatever the week (a build week of two key sessions, the race's own week). The weeks that
 * break it, by start date.
 */
export function hardBesideTrainingRaces(plan: Plan): string[] {
  const raceDays = new Set(plan.goals.filter((g) => g.mode === "training-race").map((g) => g.date));
  return plan.weeks
    .filter((w) => w.days.some((d) => raceDays.has(d.date)))
    .filter((w) =>
      w.days.flatMap((d) => d.workouts).some((x) => x.type !== "race" && x.intensity === "hard"),
    )
    .map((w) => w.startDate);
}
