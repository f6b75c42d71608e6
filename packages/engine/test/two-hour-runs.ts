import type { Plan, Workout } from "../src/schema/plan.ts";

/** IN-2: "a long run ≥ 2 h" (TRAINING-RULES.md), read off the text, not the engine. */
const anchorLongRunMin = 120;
const maxAnchors = 2;
const notRuns = new Set(["rest", "strength", "mobility", "cross"]);

/**
 * IN-2 read by the clock: each race, hard run and run of two hours or more is a stress
 * anchor, whatever its type (a back-to-back's medium-long counts with the long run before
 * it). The weeks holding more than two, as "start: anchors".
 */
export function weeksOverTwoAnchorsByDuration(plan: Plan): string[] {
  const out: string[] = [];
  for (const week of plan.weeks) {
    const runsOf = (i: number): Workout[] =>
      (week.days[i]?.workouts ?? []).filter((w) => !notRuns.has(w.type));
    const anchors: string[] = [];
    week.days.forEach((_, i) => {
      for (const w of runsOf(i)) {
        const hard = w.type === "race" || w.intensity === "hard";
        const twoHours = w.durationMin >= anchorLongRunMin;
        const pairedWithLong =
          w.type === "medium-long" && runsOf(i - 1).some((p) => p.type === "long");
        if (hard || (twoHours && !pairedWithLong)) anchors.push(w.title);
      }
    });
    if (anchors.length > maxAnchors) out.push(`${week.startDate}: ${anchors.join(" + ")}`);
  }
  return out;
}
