import type { Plan } from "../src/schema/plan.ts";

/** A sentence ends at a full stop followed by a capital or a digit (none inside "1.2×"). */
const sentencesOf = (text: string): string[] =>
  text.split(/(?<=[.!?])\s+(?=[A-Z0-9])/).filter((s) => s.trim() !== "");
const namesRule = /\b[A-Z]{2}-\d\b/;

/**
 * TRAINING-RULES.md §8: every week's why is one or two sentences naming its role and the rule
 * that shaped it, and every key workout has a why naming its rule. The weeks and workouts
 * that break it, as "index: why".
 */
export function whysOffSpec(plan: Plan): string[] {
  const off: string[] = [];
  for (const week of plan.weeks) {
    const n = sentencesOf(week.why).length;
    if (n < 1 || n > 2 || !namesRule.test(week.why)) off.push(`${week.index}: ${week.why}`);
    for (const day of week.days)
      for (const w of day.workouts)
        if (w.key && !namesRule.test(w.why ?? "")) off.push(`${day.date} ${w.title}: ${w.why}`);
  }
  return off;
}
