import type { PlanWarning } from "../schema/plan.ts";
import { formatMinutes } from "../workouts/steps.ts";

/** Every warning the generator can raise, as data in and sentences out (section 8). */
export type WarningFact =
  | { code: "NO_HISTORY"; weeklyMin: number }
  | { code: "LITTLE_RECENT_RUNNING"; weeklyMin: number }
  | { code: "RUNWAY_SHORT"; weeksMissing: number }
  | { code: "RUNWAY_LONG"; weeksExtra: number }
  | { code: "PEAK_BELOW_RANGE"; peakMin: number; rangeMin: [number, number] }
  | { code: "PEAK_ABOVE_RANGE"; peakMin: number; rangeMin: [number, number] }
  | { code: "VERT_SHORT"; raceGainM: number; peakVertM: number };

const rangeText = (r: [number, number]) => `${formatMinutes(r[0])}–${formatMinutes(r[1])}`;

export function warningOf(fact: WarningFact): PlanWarning {
  switch (fact.code) {
    case "NO_HISTORY":
      return {
        id: "w-no-history",
        code: fact.code,
        rule: "PR-2",
        severity: "warn",
        message: `No training history: the plan starts from a cautious ${formatMinutes(fact.weeklyMin)} a week and ramps slowly. Add your recent weeks (or import activities) for a plan fitted to you.`,
      };
    case "LITTLE_RECENT_RUNNING":
      return {
        id: "w-little-recent-running",
        code: fact.code,
        rule: "PR-4",
        severity: "warn",
        message: `Your last four weeks hold little running; the plan restarts from ${formatMinutes(fact.weeklyMin)} a week rather than from zero. Ease in if that feels like a lot.`,
      };
    case "RUNWAY_SHORT":
      return {
        id: "w-runway-short",
        code: fact.code,
        rule: "PH-2",
        severity: "warn",
        message: `The race is ${fact.weeksMissing} week${fact.weeksMissing === 1 ? "" : "s"} closer than a full build needs: base, then build, then specific work were shortened; the taper was kept. A later race or an earlier start would give a fuller build.`,
      };
    case "RUNWAY_LONG":
      return {
        id: "w-runway-long",
        code: fact.code,
        rule: "PH-3",
        severity: "info",
        message: `There are ${fact.weeksExtra} more weeks than a full build needs: base is longer, a maintenance block before the real build.`,
      };
    case "PEAK_BELOW_RANGE":
      return {
        id: "w-peak-below-range",
        code: fact.code,
        rule: "PR-5",
        severity: "warn",
        message: `Peak weeks reach ${formatMinutes(fact.peakMin)}, below the usual ${rangeText(fact.rangeMin)} for this race: your ramp cap and the time to the race don't allow more safely. Expect to race conservatively.`,
      };
    case "PEAK_ABOVE_RANGE":
      return {
        id: "w-peak-above-range",
        code: fact.code,
        rule: "PR-5",
        severity: "info",
        message: `You already run ${formatMinutes(fact.peakMin)} a week, above the usual ${rangeText(fact.rangeMin)} for this race; the plan keeps your volume rather than cutting it.`,
      };
    case "VERT_SHORT":
      return {
        id: "w-vert-short",
        code: fact.code,
        rule: "SP-1",
        severity: "warn",
        message: `The race climbs ${fact.raceGainM} m; your biggest planned week climbs ${fact.peakVertM} m, under the 60% a race this steep asks for. More hilly running time or a longer build would close the gap.`,
      };
  }
}
