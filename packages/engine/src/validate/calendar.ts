import { epochDayOf, isoOf, weekdayIndex } from "../dates.ts";
import type { Plan } from "../schema/plan.ts";
import { errorAt, type Finding } from "./finding.ts";

/**
 * FMT-1: contiguous Monday weeks of 7 consecutive days from the start date, ending on
 * `endDate`. Every other rule reads days by position, so this one runs first.
 */
export function checkCalendar(plan: Plan): Finding[] {
  const out: Finding[] = [];
  const startDay = epochDayOf(plan.startDate);
  const wrong = (path: string, actual: string | number, limit: string | number) =>
    out.push(errorAt("FMT-1", path, { actual, limit }));
  if (weekdayIndex(startDay) !== 0) wrong("startDate", plan.startDate, "Monday");
  plan.weeks.forEach((week, w) => {
    const monday = startDay + w * 7;
    if (week.index !== w) wrong(`weeks[${w}].index`, week.index, w);
    if (epochDayOf(week.startDate) !== monday) {
      wrong(`weeks[${w}].startDate`, week.startDate, isoOf(monday));
    }
    if (week.days.length !== 7) wrong(`weeks[${w}].days`, week.days.length, 7);
    week.days.forEach((day, d) => {
      if (epochDayOf(day.date) !== monday + d) {
        wrong(`weeks[${w}].days[${d}].date`, day.date, isoOf(monday + d));
      }
    });
  });
  const lastDay = startDay + plan.weeks.length * 7 - 1;
  if (epochDayOf(plan.endDate) !== lastDay) wrong("endDate", plan.endDate, isoOf(lastDay));
  return out;
}

/** FMT-2: phases in order cover every week exactly once, and each week carries its phase's kind. */
export function checkPhaseCover(plan: Plan): Finding[] {
  const out: Finding[] = [];
  let next = 0;
  plan.phases.forEach((phase, p) => {
    for (const w of phase.weekIndexes) {
      if (w !== next) {
        out.push(errorAt("FMT-2", `phases[${p}].weekIndexes`, { actual: w, limit: next }));
      }
      next = w + 1;
      const week = plan.weeks[w];
      if (week && week.phase !== phase.kind) {
        out.push(
          errorAt("FMT-2", `weeks[${w}].phase`, {
            actual: week.phase,
            limit: phase.kind,
            weekIndex: w,
          }),
        );
      }
    }
  });
  if (next !== plan.weeks.length) {
    out.push(errorAt("FMT-2", "phases", { actual: next, limit: plan.weeks.length }));
  }
  return out;
}
