/**
 * Re-balancing a week around the runner's edit, over seasons runners plan
 * (`realistic-season-arbitrary.ts`): a 45-minute tempo added to an easy day of a loading week
 * breaks the week's balance (PR-2's ramp, PR-3's spike, IN-2's anchors…); "re-balance the
 * rest of the week" builds the week again around the edited day, which must give the rules
 * back. Runners of 4 hours a week or more: in a beginner's 2-hour week, an hour of tempo
 * leaves no easy running to give back.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Plan, Week } from "../src/schema/plan.ts";
import { addWorkout } from "../src/steer/add.ts";
import { applyChoice } from "../src/steer/choice.ts";
import { editBreaksRule } from "../src/steer/edit-warnings.ts";
import {
  easyDayToEdit,
  loadingPhases,
  strengthSessions,
  weekBalanceRules as weekRules,
} from "../src/steer/week-edits.test-util.ts";
import { realisticSeasonArbitrary } from "./realistic-season-arbitrary.ts";
import { planOf } from "./scenario-arbitrary.ts";

const runs = Number(process.env.CAIRN_STEER_RUNS ?? 150);
const seed = 7;
const timeoutMs = 180_000;
const minWeeklyMin = 240;

interface Case {
  plan: Plan;
  edited: Plan;
  week: Week;
  warningId: string;
}

/** The edited plan, when the edit breaks a rule of its week; undefined otherwise. */
function edit(plan: Plan, pick: number): Case | undefined {
  if (plan.athleteProfile.chronicWeeklyMin < minWeeklyMin) return undefined;
  const loading = plan.weeks.filter((w) => loadingPhases.has(w.phase));
  const week = loading[pick % Math.max(1, loading.length)];
  const day = week && easyDayToEdit(week);
  if (!week || !day) return undefined;
  const edited = addWorkout(plan, day.date, { type: "tempo", durationMin: 45 });
  if (!edited.ok) return undefined;
  const warning = edited.value.warnings.find(
    (w) => w.code === editBreaksRule && w.weekIndex === week.index,
  );
  return warning && { plan, edited: edited.value, week, warningId: warning.id };
}

describe("re-balancing a week around an added tempo, over seasons runners plan", () => {
  it(
    "gives the week's load, spread and strength back, in nearly every season",
    () => {
      const cases = fc
        .sample(fc.tuple(realisticSeasonArbitrary, fc.nat()), { numRuns: runs, seed })
        .map(([scenario, pick]) => edit(planOf(scenario), pick))
        .filter((c) => c !== undefined);
      expect(cases.length).toBeGreaterThan(runs / 4);
      let rebalanced = 0;
      for (const { edited, week, warningId } of cases) {
        const next = applyChoice(edited, warningId, "rebalance");
        // No seed may give the week back within the rules: the edit then stays as it is.
        if (!next.ok) continue;
        rebalanced++;
        const broken = next.value.warnings
          .filter((w) => w.code === editBreaksRule && w.weekIndex === week.index)
          .map((w) => w.rule ?? "")
          .filter((rule) => weekRules.includes(rule));
        expect({ week: week.index, broken }).toEqual({ week: week.index, broken: [] });
        const now = next.value.weeks[week.index];
        expect(now?.totals.volumeMin).toBeLessThanOrEqual(week.targets.volumeMin * 1.1);
        // The edited day's strength session counts among the week's: none is lost.
        expect(strengthSessions(now)).toBeGreaterThanOrEqual(strengthSessions(week));
      }
      expect(rebalanced / cases.length).toBeGreaterThanOrEqual(0.9);
    },
    timeoutMs,
  );
});
