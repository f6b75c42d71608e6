import type { PlanWarning } from "../schema/plan.ts";
import { weekdays } from "../schema/scenario.ts";

const dayName = (d: number) => {
  const name = weekdays[d] ?? "mon";
  return name.charAt(0).toUpperCase() + name.slice(1);
};

/** The id of a week's IN-4 conflict: answers in `scenario.choices` are keyed by it. */
export const keySessionsConflictId = (weekIndex: number): string =>
  `w-key-sessions-close-week-${weekIndex + 1}`;

/** The weekday an answer keeps hard ("keep-thu" → "thu"), when it is one. */
export function keptWeekday(choice: string | undefined): string | undefined {
  const day = choice?.startsWith("keep-") ? choice.slice(5) : undefined;
  return weekdays.find((d) => d === day);
}

/**
 * IN-4 (warn): two key sessions with one easy day between them. The runner chooses which one
 * stays hard; the other becomes an easy run, and the week is placed again around it.
 */
export function keySessionsWarning(weekIndex: number, days: [number, number]): PlanWarning {
  const [a, b] = days.map(dayName) as [string, string];
  return {
    id: keySessionsConflictId(weekIndex),
    code: "KEY_SESSIONS_CLOSE",
    rule: "IN-4",
    severity: "warn",
    weekIndex,
    message: `Two key sessions too close (${a} hard + ${b} hard). Choose which to keep hard. With a single easy day between them, the second comes before the first is absorbed; in week ${weekIndex + 1} the days open to hard work (your run days, less the long run's eve and the recovery after a long weekend or a race) leave no wider gap.`,
    choices: days.map((d, i) => ({
      id: `keep-${weekdays[d]}`,
      label: `Keep ${dayName(d)} hard (${i === 0 ? b : a} becomes an easy run)`,
    })),
  };
}
