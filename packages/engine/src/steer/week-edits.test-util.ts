import type { Day, Week } from "../schema/plan.ts";

/** The rules of a week's load and spread, which the rest of the week can settle around an edit. */
export const weekBalanceRules = ["PR-1", "PR-2", "PR-3", "IN-1", "IN-2", "IN-3", "SP-2"];

export const loadingPhases: ReadonlySet<string> = new Set(["base", "build", "specific", "peak"]);

const isEasyDay = (day: Day | undefined) =>
  day?.workouts.some((w) => w.type === "easy") === true &&
  day.workouts.every((w) => w.intensity === "easy");

const holdsKeyRun = (day: Day | undefined) =>
  day?.workouts.some((w) => ["long", "medium-long", "race"].includes(w.type)) === true;

/**
 * An easy day not right after a long run or a race: a hard session added there breaks only
 * the week's balance, not the recovery after the key run (LR-5), which no re-balance mends.
 */
export const easyDayToEdit = (week: Week): Day | undefined =>
  week.days.find((d, i) => isEasyDay(d) && !holdsKeyRun(week.days[i - 1]));

export const strengthSessions = (week: Week | undefined): number =>
  week?.days.flatMap((d) => d.workouts).filter((w) => w.type === "strength").length ?? 0;
