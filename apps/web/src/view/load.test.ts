import type { Plan } from "@cairn/engine";
import { describe, expect, it } from "vitest";
import { examplePlan } from "./example-plans.test-util.ts";
import { dailyLoads, formSeries, workoutLoad } from "./load.ts";

describe("the load model (TRAINING-RULES §6b)", () => {
  it.each(["100k-trail-intermediate", "hm-and-50k"])(
    "adds up, week by week, to the engine's own weekly load (%s)",
    (name) => {
      const plan = examplePlan(name);
      for (const week of plan.weeks) {
        const sum = week.days.flatMap((d) => d.workouts).reduce((s, w) => s + workoutLoad(w), 0);
        expect(Math.abs(sum - week.totals.load)).toBeLessThanOrEqual(1);
      }
    },
  );

  it("counts a missed day as nothing and a partial day by its minutes", () => {
    const plan = examplePlan("hm-and-50k");
    const day = plan.weeks[2]?.days.find((d) => d.workouts.some((w) => w.durationMin > 0));
    if (!day) throw new Error("no running day");
    const planned = dailyLoads(plan).find((d) => d.date === day.date)?.load ?? 0;
    const minutes = day.workouts.reduce((s, w) => s + w.durationMin, 0);
    const withLog = (log: Plan["log"]): number =>
      dailyLoads({ ...plan, log }).find((d) => d.date === day.date)?.load ?? -1;
    expect(withLog([{ date: day.date, status: "missed" }])).toBe(0);
    expect(withLog([{ date: day.date, status: "partial", minutes: minutes / 2 }])).toBeCloseTo(
      planned / 2,
    );
  });

  it("holds fitness and fatigue level under a steady load, with form at zero", () => {
    const plan = examplePlan("100k-trail-intermediate");
    const steady = 60;
    const flat: Plan = {
      ...plan,
      scenario: { ...plan.scenario, athlete: { ...plan.scenario.athlete, history: { weeks: [] } } },
      weeks: plan.weeks.map((w) => ({
        ...w,
        days: w.days.map((d) => ({
          ...d,
          workouts: [
            {
              ...(w.days[0]?.workouts[0] ??
                (d.workouts[0] as Plan["weeks"][0]["days"][0]["workouts"][0])),
              type: "strength",
              durationMin: (steady / 40) * 60,
            },
          ],
        })),
      })),
    };
    const series = formSeries(flat);
    expect(series.at(-1)?.fitness).toBeCloseTo(steady);
    expect(series.at(-1)?.form).toBeCloseTo(0);
  });

  it("lets fatigue rise faster than fitness in a loading block and form recover in the taper", () => {
    const plan = examplePlan("100k-trail-intermediate");
    const series = formSeries(plan);
    const race = plan.goals[0]?.date ?? "";
    const raceDay = series.find((p) => p.date === race);
    const lowest = Math.min(...series.map((p) => p.form));
    expect(raceDay?.form ?? -99).toBeGreaterThan(lowest + 10);
    const peakFitness = Math.max(...series.map((p) => p.fitness));
    expect(peakFitness).toBeGreaterThan(series[0]?.fitness ?? 0);
  });
});
