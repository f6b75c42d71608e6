import { describe, expect, it } from "vitest";
import type { Plan, Week } from "../schema/plan.ts";
import { addWorkout } from "./add.ts";
import { applyChoice } from "./choice.ts";
import { editBreaksRule } from "./edit-warnings.ts";
import { examplePlan, expectOk } from "./plans.test-util.ts";
import {
  easyDayToEdit,
  loadingPhases,
  strengthSessions,
  weekBalanceRules as weekRules,
} from "./week-edits.test-util.ts";

/** Each loading week of the plan with a 60-minute tempo run added on an easy day. */
function tempoAdded(plan: Plan): { edited: Plan; index: number }[] {
  return plan.weeks.flatMap((week, index) => {
    const day = easyDayToEdit(week);
    if (!loadingPhases.has(week.phase) || !day) return [];
    const edited = expectOk(addWorkout(plan, day.date, { type: "tempo", durationMin: 60 }));
    return [{ edited, index }];
  });
}

const weekWarnings = (plan: Plan, index: number) =>
  plan.warnings.filter((w) => w.code === editBreaksRule && w.weekIndex === index);

describe("re-balancing the rest of a week around an added session", () => {
  // A beginner's 2-hour weeks have no easy running left to give for an hour of tempo.
  const names = [
    "100k-trail-intermediate",
    "100mi-mountain-advanced",
    "marathon-advanced",
    "hm-and-50k",
    "two-a-races-too-close",
  ];
  for (const name of names) {
    it(`${name}: the week's load, spread and strength come back within the rules`, () => {
      const plan = examplePlan(name);
      const cases = tempoAdded(plan).filter(({ edited, index }) =>
        weekWarnings(edited, index).some((w) => weekRules.includes(w.rule ?? "")),
      );
      expect(cases.length).toBeGreaterThan(3);
      for (const { edited, index } of cases) {
        const warning = weekWarnings(edited, index)[0];
        const next = expectOk(applyChoice(edited, warning?.id ?? "", "rebalance"));
        const broken = weekWarnings(next, index).map((w) => w.rule);
        expect({ index, broken: broken.filter((r) => weekRules.includes(r ?? "")) }).toEqual({
          index,
          broken: [],
        });
        const week = next.weeks[index] as Week;
        const before = plan.weeks[index] as Week;
        // The tempo's hour is taken from the rest of the week, not added to it.
        expect(week.totals.volumeMin).toBeLessThanOrEqual(before.targets.volumeMin * 1.05);
        expect(strengthSessions(week)).toBe(strengthSessions(before));
      }
    });
  }
});
