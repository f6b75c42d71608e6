/**
 * A runner of three run days whose weekdays are short (45 minutes, strength beside a run) and
 * whose Saturday is free: the week's easy run goes where it fits. On a capped Thursday it
 * shrank to 20–25 minutes, the long run to LR-3's share of what was left, and a 7-hour
 * runner trained for a 50K on 2–3 hours a week.
 */
import { describe, expect, it } from "vitest";
import type { Week } from "../src/schema/plan.ts";
import { threeDayFiftyKPlan } from "./three-day-fifty-k.ts";
import { trainingRunMin } from "./week-minutes.ts";

const usualMin = 420;
const weekdayMaxMin = 45;
const plan = threeDayFiftyKPlan(usualMin, 120, { restDays: ["mon", "fri"], weekdayMaxMin });

const loading = (w: Week) =>
  ["base", "build", "specific", "peak"].includes(w.phase) && w.kind !== "cutback";
const loadingWeeks = plan.weeks.filter(loading);
const weekdayEasyRuns = (w: Week) =>
  w.days.slice(0, 5).flatMap((d) => d.workouts.filter((x) => x.type === "easy"));
const runsOn = (w: Week, day: number) =>
  (w.days[day]?.workouts ?? []).some((x) => !["rest", "strength", "mobility"].includes(x.type));

describe("short weekdays beside a free Saturday", () => {
  it("has loading weeks to read", () => {
    expect(loadingWeeks.length).toBeGreaterThanOrEqual(10);
  });

  it("never leaves a loading week's easy running on a capped weekday while Saturday rests", () => {
    for (const w of loadingWeeks) {
      if (runsOn(w, 5)) continue;
      expect(weekdayEasyRuns(w), `week ${w.index}`).toEqual([]);
    }
  });

  it("keeps every full loading week above 60% of the runner's usual week", () => {
    for (const w of loadingWeeks)
      expect(trainingRunMin(w), `week ${w.index}`).toBeGreaterThanOrEqual(0.6 * usualMin);
  });
});
