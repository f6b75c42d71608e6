import { describe, expect, it } from "vitest";
import { rules } from "../constants.ts";
import type { Plan } from "../schema/plan.ts";
import { makePlan } from "./fixtures.test-util.ts";
import { loadSeries } from "./load-series.ts";
import { planFacts } from "./week-facts.ts";

/** The fixture with its twelve history weeks' minutes set in order, oldest first. */
function withHistory(minutes: number[]): Plan {
  const plan = makePlan();
  const weeks = plan.scenario.athlete.history?.weeks ?? [];
  weeks.forEach((w, i) => {
    w.minutes = minutes[i] ?? w.minutes;
  });
  return plan;
}

describe("loadSeries", () => {
  it("spreads each history week over its days: the last weeks before the plan count most", () => {
    const recentBig = loadSeries(planFacts(withHistory([...Array(11).fill(300), 600])));
    const earlyBig = loadSeries(planFacts(withHistory([600, ...Array(11).fill(300)])));
    expect(recentBig.ctl[0]).toBeGreaterThan(earlyBig.ctl[0] ?? 0);
    expect(recentBig.form[0]).toBeLessThan(earlyBig.form[0] ?? 0); // fresh fatigue too
  });

  it("also counts fitness from nothing before the history, a gap that fades at 1/42 a day", () => {
    const s = loadSeries(planFacts(makePlan()));
    const gap = (d: number) => (s.ctl[d] ?? 0) - (s.ctlFromNothing[d] ?? 0);
    expect(gap(0)).toBeGreaterThan(0);
    expect(gap(42)).toBeCloseTo(gap(0) * (1 - 1 / rules.ctlDays) ** 42);
  });

  it("leaves the race's own load out of the training form", () => {
    const s = loadSeries(planFacts(makePlan()));
    const raceDay = 103;
    expect(s.trainingForm.slice(0, raceDay + 1)).toEqual(s.form.slice(0, raceDay + 1));
    expect(s.trainingForm[raceDay + 1]).toBeGreaterThan((s.form[raceDay + 1] ?? 0) + 30);
  });
});
