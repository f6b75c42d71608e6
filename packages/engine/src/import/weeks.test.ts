import { describe, expect, it } from "vitest";
import type { ImportedActivity } from "./imported-activity.ts";
import { historyWeeksOf } from "./weeks.ts";

const activity = (
  date: string,
  sport: string,
  durationMin: number,
  extra: Partial<ImportedActivity> = {},
): ImportedActivity => ({
  date,
  startTime: `${date}T07:00:00.000Z`,
  sport,
  durationMin,
  source: { file: "activities.csv" },
  ...extra,
});

describe("historyWeeksOf", () => {
  const activities = [
    // Week of Mon 2024-04-01
    activity("2024-04-02", "run", 45.4, { distanceKm: 8.04, vertM: 60.4 }),
    activity("2024-04-06", "trail run", 130.6, { distanceKm: 20.26, vertM: 1100.6 }),
    activity("2024-04-07", "ride", 180, { distanceKm: 70, vertM: 900 }),
    // No running in the week of 2024-04-08; week of 2024-04-15:
    activity("2024-04-16", "treadmill", 30.2, { distanceKm: 6 }),
    activity("2024-04-21", "hike", 240, { distanceKm: 14, vertM: 1200 }), // the latest: a Sunday
  ];

  it("covers the weeks up to the latest activity's, most recent last, gaps as zeros", () => {
    expect(historyWeeksOf(activities, 4)).toEqual([
      { start: "2024-03-25", minutes: 0, runs: 0, longestRunMin: 0, vertM: 0, distanceKm: 0 },
      {
        start: "2024-04-01",
        minutes: 176,
        runs: 2,
        longestRunMin: 131,
        vertM: 1161,
        distanceKm: 28.3,
      },
      { start: "2024-04-08", minutes: 0, runs: 0, longestRunMin: 0, vertM: 0, distanceKm: 0 },
      { start: "2024-04-15", minutes: 30, runs: 1, longestRunMin: 30, vertM: 0, distanceKm: 6 },
    ]);
  });

  it("holds 12 weeks unless told otherwise, and none without activities", () => {
    const weeks = historyWeeksOf(activities);
    expect(weeks).toHaveLength(12);
    expect(weeks[0]?.start).toBe("2024-01-29");
    expect(weeks.at(-1)?.start).toBe("2024-04-15");
    expect(historyWeeksOf([])).toEqual([]);
    expect(historyWeeksOf(activities, 1).map((w) => w.start)).toEqual(["2024-04-15"]);
  });
});
