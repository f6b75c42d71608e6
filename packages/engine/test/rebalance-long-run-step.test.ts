/**
 * LR-1 across a re-balanced week's edge: the week after it is kept, so the week's long run
 * stays one its long run may step up from, however much the runner's added session squeezes
 * the week (its other runs give way first). These edits were refused before: every rebuild
 * shortened the long run under next week's step.
 */
import { describe, expect, it } from "vitest";
import type { Plan, Week } from "../src/schema/plan.ts";
import { addWorkout } from "../src/steer/add.ts";
import { applyChoice } from "../src/steer/choice.ts";
import { editBreaksRule } from "../src/steer/edit-warnings.ts";
import { examplePlan, expectOk } from "../src/steer/plans.test-util.ts";
import { stepBelowMin } from "../src/targets/long-run.ts";

const longRunOf = (week: Week): number =>
  Math.max(
    0,
    ...week.days.flatMap((d) =>
      d.workouts.filter((w) => w.type === "long").map((w) => w.durationMin),
    ),
  );

const cases = [
  { name: "100k-trail-intermediate", date: "2027-05-21", durationMin: 90, ultra: true },
  { name: "5k-beginner-no-history", date: "2027-03-18", durationMin: 60, ultra: false },
  { name: "5k-beginner-no-history", date: "2027-04-07", durationMin: 45, ultra: false },
] as const;

describe("re-balancing a week squeezed by an added session", () => {
  for (const { name, date, durationMin, ultra } of cases) {
    it(`${name}, a ${durationMin}-minute tempo on ${date}: the long run stays under next week's step`, () => {
      const plan: Plan = examplePlan(name);
      const edited = expectOk(addWorkout(plan, date, { type: "tempo", durationMin }));
      const index = edited.weeks.findIndex((w) => w.days.some((d) => d.date === date));
      const warning = edited.warnings.find(
        (w) => w.code === editBreaksRule && w.weekIndex === index,
      );
      expect(warning).toBeDefined();
      const next = expectOk(applyChoice(edited, warning?.id ?? "", "rebalance"));
      const week = next.weeks[index] as Week;
      const after = next.weeks[index + 1] as Week;
      expect(after).toEqual(plan.weeks[index + 1]);
      expect(longRunOf(week)).toBeGreaterThanOrEqual(stepBelowMin(longRunOf(after), ultra));
    });
  }
});
