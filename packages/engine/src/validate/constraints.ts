import { weekdays } from "../schema/scenario.ts";
import { isRunning } from "./amounts.ts";
import { errorAt, type Finding } from "./finding.ts";
import type { PlanFacts } from "./week-facts.ts";

/** Monday to Friday: the days `weekdayMaxMin` caps. */
const workdays = 5;

/**
 * CON-1 no running on rest days; CON-2 run days per week within the maximum; CON-3 no Mon–Fri
 * session longer than `weekdayMaxMin`; CON-4 only rest on unavailable dates. A race sits where the
 * athlete put it, so CON-1 and CON-3 leave it out.
 */
export function checkConstraints(f: PlanFacts): Finding[] {
  const out: Finding[] = [];
  const c = f.constraints;
  for (const week of f.focus.weeks) {
    if (week.runDays > c.maxRunDaysPerWeek) {
      out.push(
        errorAt("CON-2", week.path, {
          actual: week.runDays,
          limit: c.maxRunDaysPerWeek,
          weekIndex: week.index,
        }),
      );
    }
  }
  for (const day of f.focus.days) {
    const details = { weekIndex: day.weekIndex, date: day.date };
    const restDay = c.restDays.find((r) => weekdays.indexOf(r) === day.index % 7);
    const run = day.workouts.find((at) => isRunning(at.workout) && at.workout.type !== "race");
    if (restDay && run) out.push(errorAt("CON-1", run.path, { ...details, actual: restDay }));
    // `weekdayMaxMin` is the longest session allowed Mon–Fri, read exactly: plans hold whole minutes.
    const dayCap = day.index % 7 < workdays ? c.weekdayMaxMin : undefined;
    for (const { workout, path } of day.workouts) {
      if (dayCap === undefined || workout.type === "race" || workout.durationMin <= dayCap)
        continue;
      out.push(errorAt("CON-3", path, { ...details, actual: workout.durationMin, limit: dayCap }));
    }
    if (c.unavailable.some((r) => day.date >= r.from && day.date <= r.to)) {
      const busy = day.workouts.find((at) => at.workout.type !== "rest");
      if (busy) out.push(errorAt("CON-4", busy.path, details));
    }
  }
  return out;
}
