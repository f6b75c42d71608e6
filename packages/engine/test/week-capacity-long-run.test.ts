/**
 * What a week's days can hold reads its long run at LR-1's step, not at the block's peak: a
 * runner of 10 h a week on three days had a first week targeted at 10 h 05, with a long run
 * its last 30 days allow at 3 h 42 at most.
 */
import { describe, expect, it } from "vitest";
import { policy } from "../src/constants.ts";
import { generatePlan } from "../src/generate.ts";
import { historyWeeks } from "./history-weeks.ts";

describe("a runner of 10 h a week on three days", () => {
  const result = generatePlan(
    {
      startDate: "2027-01-04",
      seed: 1,
      athlete: {
        level: "advanced",
        birthYear: 1985,
        history: { weeks: historyWeeks("2026-12-07", [616, 616, 616, 616], 185, 0.3) },
      },
      constraints: { maxRunDaysPerWeek: 3, strength: true },
      goals: [
        {
          id: "a",
          date: "2027-06-05",
          distanceKm: 80,
          surface: "trail",
          elevationGainM: 3000,
          priority: "A",
        },
      ],
    },
    { today: "2026-12-01" },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const [first] = result.value.weeks;

  it("targets a first week its long run (LR-1) and two easy days can hold", () => {
    if (!first) throw new Error("no first week");
    const longest = Math.max(
      ...first.days
        .flatMap((d) => d.workouts)
        .filter((w) => w.type !== "race")
        .map((w) => w.durationMin),
    );
    const nonRun = first.totals.volumeMin - first.totals.runMin;
    // LR-1: no run over 1.2 × the longest of the last 30 days (185 min).
    const most = 1.2 * 185 + 2 * policy.easyRunMin[1] + nonRun;
    expect(longest).toBeLessThanOrEqual(1.2 * 185);
    expect(first.targets.volumeMin).toBeLessThanOrEqual(most);
  });
});
