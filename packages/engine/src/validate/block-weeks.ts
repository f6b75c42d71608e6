import type { GoalFacts, PlanFacts, WeekFacts } from "./week-facts.ts";

/** A goal's block: the weeks that lead to it, up to its race week. */
export const blockWeeks = (f: PlanFacts, g: GoalFacts): WeekFacts[] =>
  f.weeks.filter((w) => w.goal === g && w.index * 7 <= g.raceDay);

/**
 * The race the block starts after, whose recovery it climbs from (a training race inside the
 * block is a session of it, not its start).
 */
export function raceBeforeBlock(f: PlanFacts, g: GoalFacts): GoalFacts | undefined {
  const [first] = blockWeeks(f, g);
  if (!first) return undefined;
  return f.goals.filter((o) => o.raceDay < first.index * 7).at(-1);
}
