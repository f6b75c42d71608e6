import { describe, expect, it } from "vitest";
import { fitnessPeakBreaks } from "./fitness-peak.ts";
import { makePlan } from "./fixtures.test-util.ts";
import type { LoadSeries } from "./load-series.ts";
import { planFacts } from "./week-facts.ts";

const facts = planFacts(makePlan());
const raceDay = 103; // the fixture's 50K, Saturday of weeks[14]

/** Fitness climbing to its peak `daysOut` days before the race, then falling. */
const peakingAt = (daysOut: number): number[] =>
  facts.days.map((_, d) => 50 - Math.abs(d - (raceDay - daysOut)) * 0.1);

const series = (ctl: number[], ctlFromNothing = ctl): LoadSeries => ({
  ctl,
  form: [],
  trainingForm: [],
  ctlFromNothing,
});

const breaksOf = (s: LoadSeries, f = facts) =>
  fitnessPeakBreaks(f, s).map((b) => ({ daysOut: b.daysOut, limitDays: b.limitDays }));

describe("LD-1 fitness peak", () => {
  it("finds nothing when fitness peaks 8 to 21 days before the race", () => {
    for (const daysOut of [8, 14, 21]) expect(breaksOf(series(peakingAt(daysOut)))).toEqual([]);
  });

  it("flags a peak more than three weeks out", () => {
    expect(breaksOf(series(peakingAt(22)))).toEqual([{ daysOut: 22, limitDays: 21 }]);
  });

  it("reads a peak a week out going into the next day too: 6 days, too close", () => {
    expect(breaksOf(series(peakingAt(7)))).toEqual([{ daysOut: 6, limitDays: 7 }]);
  });

  it("flags fitness still rising into race day, whatever the race day adds", () => {
    const rising = facts.days.map((_, d) => (d < raceDay ? d : 0));
    expect(breaksOf(series(rising))).toEqual([{ daysOut: 0, limitDays: 7 }]);
  });

  it("reads the lowest start of fitness too: a late peak the history's level hides", () => {
    const found = fitnessPeakBreaks(facts, series(peakingAt(14), peakingAt(3)));
    expect(found).toEqual([expect.objectContaining({ daysOut: 2, limitDays: 7, peakDay: 101 })]);
  });

  it("leaves B and C races alone", () => {
    for (const priority of ["B", "C"] as const) {
      const f = planFacts(makePlan({ priority }));
      expect(breaksOf(series(peakingAt(60)), f)).toEqual([]);
    }
  });
});
