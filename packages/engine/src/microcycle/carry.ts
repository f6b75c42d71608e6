import {
  firstDaysAfterRace,
  recoveryNoHardDays,
  recoveryRunDaysAfter,
  rules,
} from "../constants.ts";
import { epochDayOf } from "../dates.ts";
import type { Week } from "../schema/plan.ts";
import type { GoalContext } from "../season/goal-context.ts";
import { isRunning } from "../validate/amounts.ts";
import type { CarryOver } from "./layout.ts";

/**
 * What a week as it stands leaves for the next one (IN-3/IN-4, LR-5, RC-1), read from its
 * workouts: the carry-over of a week that is kept while the weeks after it are built again.
 */
export function carryOfWeek(
  week: Week,
  before: CarryOver,
  goals: readonly GoalContext[],
): CarryOver {
  const start = epochDayOf(week.startDate);
  const end = start + 6;
  const hard: number[] = [];
  const anchors: number[] = [];
  let noHard = before.noHardThrough;
  let noModerate = before.noModerateThrough;
  let veryEasy = before.veryEasyThrough;
  let recoveryRuns = before.recoveryRunsThrough;
  const through = (hardUntil: number, moderateUntil: number, veryEasyUntil: number) => {
    noHard = Math.max(noHard, hardUntil);
    noModerate = Math.max(noModerate, moderateUntil);
    veryEasy = Math.max(veryEasy, veryEasyUntil);
  };
  week.days.forEach((day, i) => {
    const at = start + i;
    for (const w of day.workouts) {
      if (w.type === "race") {
        hard.push(at);
        anchors.push(at);
        const goal = goals.find((g) => g.date === day.date);
        const days = goal ? recoveryNoHardDays[goal.category] : 0;
        through(at + days, at + firstDaysAfterRace(days), at + rules.veryEasyDaysAfterRace);
        // The block's own race, not a training race inside a block (as placement reads it).
        if (goal && week.phase === "race" && goal.id === week.goalId)
          recoveryRuns = Math.max(recoveryRuns, at + recoveryRunDaysAfter(goal.category));
      } else if (isRunning(w) && w.intensity === "hard") {
        hard.push(at);
        anchors.push(at);
      } else if (w.type === "long" || w.type === "medium-long") {
        // A back-to-back's second day or a long run this long is an anchor and a big weekend.
        const big = w.type === "medium-long" || w.durationMin >= rules.protectAfterLongRunMin;
        if (w.type === "medium-long" || w.durationMin >= rules.anchorLongRunMin) anchors.push(at);
        const protect = big ? rules.protectDaysAfterLong : 1;
        through(at + protect, at + protect, Number.NEGATIVE_INFINITY);
      }
    }
  });
  return {
    hardDays: hard.filter((e) => e > end - 3),
    anchorDays: anchors.filter((e) => e > end - 2),
    noHardThrough: noHard,
    noModerateThrough: noModerate,
    veryEasyThrough: veryEasy,
    recoveryRunsThrough: recoveryRuns,
  };
}
