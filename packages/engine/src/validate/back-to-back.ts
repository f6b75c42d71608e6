import { isUltra, rules } from "../constants.ts";
import { errorAt, type Finding } from "./finding.ts";
import { brokenBound } from "./slack.ts";
import type { PlanFacts, WeekFacts } from "./week-facts.ts";

const isSpecificOrPeak = (w: WeekFacts): boolean =>
  w.week.phase === "specific" || w.week.phase === "peak";

/** Weeks that must not hold a back-to-back: they are there to absorb or shed fatigue. */
function restingKind(w: WeekFacts): string | undefined {
  if (w.isCutback) return "cutback";
  const phase = w.week.phase;
  return phase === "taper" || phase === "race" || phase === "recovery" ? phase : undefined;
}

/** LR-4 (ultras): medium-long at 50–75% of the long run, never in resting weeks, one every ≤ 3 weeks of specific/peak. */
export function checkBackToBacks(f: PlanFacts): Finding[] {
  const out: Finding[] = [];
  let weeksWithout = 0;
  for (const week of f.weeks) {
    if (!isUltra(week.endurance.category)) continue;
    const weekIndex = week.index;
    for (const { long, mediumLong } of week.backToBacks) {
      const ratio = mediumLong.workout.durationMin / long.workout.durationMin;
      const limit = brokenBound(ratio, ...rules.mediumLongOfLong, 0);
      if (limit !== undefined) {
        out.push(
          errorAt("LR-4", mediumLong.path, {
            measure: "mediumLongRatio",
            actual: ratio,
            limit,
            weekIndex,
          }),
        );
      }
      const resting = restingKind(week);
      if (resting) {
        out.push(
          errorAt("LR-4", mediumLong.path, { measure: "restingWeek", actual: resting, weekIndex }),
        );
      }
    }
    weeksWithout = isSpecificOrPeak(week) && week.backToBacks.length === 0 ? weeksWithout + 1 : 0;
    if (weeksWithout === rules.backToBackMaxGapWeeks) {
      const limit = rules.backToBackMaxGapWeeks - 1;
      out.push(
        errorAt("LR-4", week.path, { measure: "gap", actual: weeksWithout, limit, weekIndex }),
      );
    }
  }
  return out;
}

/** LR-5: the days right after a long run ≥ 3 h or a back-to-back hold no hard session. */
export function checkRecoveryAfterLong(f: PlanFacts): Finding[] {
  const blockEnds: number[] = [];
  for (const day of f.days) {
    const longMin = day.long?.workout.durationMin ?? 0;
    if (longMin >= rules.protectAfterLongRunMin) blockEnds.push(day.index);
  }
  for (const week of f.weeks) blockEnds.push(...week.backToBacks.map((b) => b.lastDay));
  // Each protected day, with how many days it comes after the nearest block.
  const daysAfter = new Map<number, number>();
  for (const end of blockEnds) {
    for (let after = 1; after <= rules.protectDaysAfterLong; after++) {
      daysAfter.set(end + after, Math.min(after, daysAfter.get(end + after) ?? after));
    }
  }
  const out: Finding[] = [];
  for (const [d, after] of [...daysAfter].sort(([a], [b]) => a - b)) {
    const day = f.days[d];
    if (!day?.hard) continue;
    const details = { weekIndex: day.weekIndex, date: day.date };
    out.push(
      errorAt("LR-5", day.hard.path, {
        actual: after,
        limit: rules.protectDaysAfterLong,
        ...details,
      }),
    );
  }
  return out;
}
