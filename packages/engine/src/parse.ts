import { epochDayOf, mondayOnOrAfter } from "./dates.ts";
import { measureIssues } from "./profile/measure-issues.ts";
import { err, ok, type Result } from "./result.ts";
import { type InputIssue, zodIssues } from "./schema/issues.ts";
import { type Plan, planSchema } from "./schema/plan.ts";
import { type ParsedScenario, scenarioSchema, weekdays } from "./schema/scenario.ts";

/** Plans longer than this are refused: no one trains for one race for over a year and a half. */
const maxPlanWeeks = 78;

/** A scenario whose start date is known (a Monday) and whose dates make sense together. */
export type Scenario = ParsedScenario & { startDate: string };

/**
 * parse — the first stage: check the scenario's shape (zod) and that its dates and
 * constraints make sense against `today`. Errors name the field and the reason.
 */
export function parseScenario(input: unknown, today: string): Result<Scenario, InputIssue[]> {
  const parsed = scenarioSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return err(zodIssues(parsed.error));
  return checkScenario(parsed.data, today);
}

/**
 * The checks zod can't make: dates against `today` and each other, measures, constraints
 * that leave no day to run. A plan's embedded scenario, shape-checked with the plan, needs
 * only these.
 */
export function checkScenario(s: ParsedScenario, today: string): Result<Scenario, InputIssue[]> {
  // Weeks start on Monday: a start date later in the week starts the plan the Monday after.
  const startDate = mondayOnOrAfter(s.startDate ?? today);
  const issues: InputIssue[] = [];

  const ids = new Set<string>();
  const dates = new Map<string, string>();
  s.goals.forEach((g, i) => {
    if (ids.has(g.id))
      issues.push({ field: `goals.${i}.id`, message: `"${g.id}" is used by two goals` });
    ids.add(g.id);
    const sameDay = dates.get(g.date);
    if (sameDay !== undefined && sameDay !== g.id)
      issues.push({
        field: `goals.${i}.date`,
        message: `race date ${g.date} is also the date of goal "${sameDay}": one race a day`,
      });
    dates.set(g.date, g.id);
    if (epochDayOf(g.date) < epochDayOf(today)) {
      issues.push({
        field: `goals.${i}.date`,
        message: `race date ${g.date} is in the past (today is ${today})`,
      });
    } else if (epochDayOf(g.date) < epochDayOf(startDate)) {
      issues.push({
        field: `goals.${i}.date`,
        message: `race date ${g.date} is before the plan's start date ${startDate}`,
      });
    } else if (epochDayOf(g.date) - epochDayOf(startDate) > maxPlanWeeks * 7) {
      issues.push({
        field: `goals.${i}.date`,
        message: `race date ${g.date} is more than ${maxPlanWeeks} weeks after the start; start the plan later`,
      });
    }
    (s.constraints.unavailable ?? []).forEach((r) => {
      if (g.date >= r.from && g.date <= r.to) {
        issues.push({
          field: `goals.${i}.date`,
          message: `race date ${g.date} falls inside an unavailable period (${r.from} to ${r.to})`,
        });
      }
    });
  });

  issues.push(...measureIssues(s.athlete, "athlete."));

  const c = s.constraints;
  const rest = new Set(c.restDays ?? []);
  if (rest.size === weekdays.length)
    issues.push({
      field: "constraints.restDays",
      message: "makes every day a rest day: leave at least one day to run",
    });
  if (c.maxRunDaysPerWeek === 0)
    issues.push({
      field: "constraints.maxRunDaysPerWeek",
      message: "is 0: a plan needs at least one run a week",
    });
  if (c.longRunDay !== undefined && rest.has(c.longRunDay)) {
    issues.push({
      field: "constraints.longRunDay",
      message: `"${c.longRunDay}" is also one of the rest days`,
    });
  }
  (c.unavailable ?? []).forEach((r, i) => {
    if (r.from > r.to)
      issues.push({
        field: `constraints.unavailable.${i}`,
        message: `"from" ${r.from} is after "to" ${r.to}`,
      });
  });
  if (issues.length > 0) return err(issues);
  return ok({ ...s, startDate });
}

/** Check a plan document's shape against the contract. */
export function parsePlan(input: unknown): Result<Plan, InputIssue[]> {
  const parsed = planSchema.safeParse(input, { reportInput: true });
  return parsed.success ? ok(parsed.data) : err(zodIssues(parsed.error));
}
