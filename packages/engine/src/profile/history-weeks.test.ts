import { describe, expect, it } from "vitest";
import { addDays, epochDayOf, weekdayIndex } from "../dates.ts";
import type { Activity, HistoryWeek } from "../schema/scenario.ts";
import {
  foldActivities,
  historyWeeksBefore,
  isRunningSport,
  longestRunOf,
} from "./history-weeks.ts";

const planStart = "2027-01-04"; // a Monday

/** A recorded week: `minutes` and the rest from defaults. */
const week = (start: string, minutes: number, extra: Partial<HistoryWeek> = {}): HistoryWeek => ({
  start,
  minutes,
  runs: 4,
  longestRunMin: Math.round(minutes / 3),
  vertM: minutes,
  ...extra,
});

describe("isRunningSport", () => {
  it.each([
    [undefined, true], // no sport: a run
    ["run", true],
    ["Run", true],
    [" Trail Run ", true],
    ["trail_run", true],
    ["treadmill", true],
    ["track", true],
    ["ride", false],
    ["walk", false],
    ["hike", false],
    ["swim", false],
    ["Ride", false],
  ])("%j counts as running: %s", (sport, running) => {
    expect(isRunningSport(sport)).toBe(running);
  });
});

describe("foldActivities", () => {
  const activities: Activity[] = [
    // week of Mon 2026-12-14
    { date: "2026-12-14", durationMin: 40, distanceKm: 7, vertM: 50, sport: "run" },
    { date: "2026-12-16", durationMin: 55, distanceKm: 9.5, vertM: 120, sport: "Trail Run" },
    { date: "2026-12-20", durationMin: 110, distanceKm: 16, vertM: 600 }, // Sunday, no sport
    { date: "2026-12-17", durationMin: 200, distanceKm: 80, sport: "ride" },
    { date: "2026-12-18", durationMin: 180, distanceKm: 12, vertM: 900, sport: "walk" },
    // week of Mon 2026-12-21, listed out of order
    { date: "2026-12-27", durationMin: 30, sport: "run" },
    { date: "2026-12-21", durationMin: 45, distanceKm: 8, sport: "treadmill" },
    // a week with only cross-training
    { date: "2026-12-29", durationMin: 90, sport: "ride" },
    // an earlier week, listed last
    { date: "2026-12-01", durationMin: 60, distanceKm: 10, vertM: 10 },
  ];
  const folded = foldActivities(activities);

  it("folds runs into Monday weeks in date order, ignoring weeks with only other sports", () => {
    expect(folded.map((w) => w.start)).toEqual(["2026-11-30", "2026-12-14", "2026-12-21"]);
    for (const w of folded) expect(weekdayIndex(epochDayOf(w.start))).toBe(0);
  });

  it("sums minutes, runs, vert and distance of the runs only, and keeps the longest run", () => {
    expect(folded[1]).toEqual({
      start: "2026-12-14",
      minutes: 40 + 55 + 110,
      runs: 3,
      longestRunMin: 110,
      vertM: 50 + 120 + 600,
      distanceKm: 7 + 9.5 + 16,
    });
    expect(folded[2]).toEqual({
      start: "2026-12-21",
      minutes: 75,
      runs: 2,
      longestRunMin: 45,
      vertM: 0,
      distanceKm: 8,
    });
  });

  it("puts a Sunday run into the week of the Monday before it", () => {
    const [only] = foldActivities([{ date: "2027-01-10", durationMin: 30 }]);
    expect(only?.start).toBe("2027-01-04");
  });

  it("gives nothing for no activities or only cross-training", () => {
    expect(foldActivities([])).toEqual([]);
    expect(foldActivities([{ date: "2027-01-10", durationMin: 30, sport: "ride" }])).toEqual([]);
  });
});

describe("historyWeeksBefore", () => {
  it("gives nothing without a record", () => {
    expect(historyWeeksBefore(undefined, planStart, 12)).toEqual([]);
    expect(historyWeeksBefore({}, planStart, 12)).toEqual([]);
    expect(historyWeeksBefore({ weeks: [], activities: [] }, planStart, 12)).toEqual([]);
  });

  it("fills gaps with empty weeks, up to the week before the plan starts", () => {
    const weeks = historyWeeksBefore(
      { weeks: [week("2026-11-30", 300), week("2026-12-14", 320)] },
      planStart,
      12,
    );
    expect(weeks.map((w) => [w.start, w.minutes])).toEqual([
      ["2026-11-30", 300],
      ["2026-12-07", 0], // gap
      ["2026-12-14", 320],
      ["2026-12-21", 0], // gap
      ["2026-12-28", 0], // the week before the start, not recorded
    ]);
    const gap = weeks[1];
    expect(gap?.runs).toBe(0);
    expect(gap?.longestRunMin).toBe(0);
    expect(gap?.vertM).toBe(0);
  });

  it("is a gap-free run of Mondays ending the week before the start, for any start weekday", () => {
    const recorded = { weeks: [week("2026-10-05", 200), week("2026-11-16", 250)] };
    for (let offset = 0; offset < 7; offset++) {
      const start = addDays(planStart, offset);
      const weeks = historyWeeksBefore(recorded, start, 52);
      expect(weeks[0]?.start).toBe("2026-10-05");
      expect(weeks.at(-1)?.start).toBe("2026-12-28");
      weeks.forEach((w, i) => {
        expect(w.start).toBe(addDays("2026-10-05", 7 * i));
      });
    }
  });

  it("ignores weeks on or after the plan start (including the start's own week)", () => {
    const weeks = historyWeeksBefore(
      {
        weeks: [
          week("2026-12-28", 300),
          week("2027-01-04", 999), // the plan's first week
          week("2027-01-11", 999),
        ],
        activities: [
          { date: "2027-01-05", durationMin: 999 }, // inside the first week
          { date: "2027-01-03", durationMin: 30 }, // the Sunday before: counts
        ],
      },
      planStart,
      12,
    );
    expect(weeks.map((w) => [w.start, w.minutes])).toEqual([["2026-12-28", 330]]);
  });

  it("ignores the start week's earlier days when the start is mid-week", () => {
    const weeks = historyWeeksBefore(
      { weeks: [week("2026-12-28", 300)], activities: [{ date: "2027-01-05", durationMin: 45 }] },
      "2027-01-07",
      12,
    );
    expect(weeks.map((w) => [w.start, w.minutes])).toEqual([["2026-12-28", 300]]);
  });

  it("gives nothing when every recorded week is on or after the start", () => {
    expect(historyWeeksBefore({ weeks: [week("2027-01-04", 300)] }, planStart, 12)).toEqual([]);
  });

  it("merges duplicates of one week: two records, a mid-week start, and activities", () => {
    const weeks = historyWeeksBefore(
      {
        weeks: [
          week("2026-12-21", 200, { runs: 3, longestRunMin: 90, vertM: 100, distanceKm: 30 }),
          week("2026-12-23", 100, { runs: 2, longestRunMin: 60, vertM: 50, distanceKm: 15 }),
        ],
        activities: [{ date: "2026-12-27", durationMin: 120, distanceKm: 20, vertM: 400 }],
      },
      planStart,
      12,
    );
    expect(weeks[0]).toEqual({
      start: "2026-12-21",
      minutes: 420,
      runs: 6,
      longestRunMin: 120,
      vertM: 550,
      distanceKm: 65,
    });
    expect(weeks.map((w) => w.start)).toEqual(["2026-12-21", "2026-12-28"]);
  });

  it("normalises a week recorded from another weekday to its Monday", () => {
    const weeks = historyWeeksBefore({ weeks: [week("2026-12-30", 300)] }, planStart, 12);
    expect(weeks.map((w) => w.start)).toEqual(["2026-12-28"]);
  });

  it.each([1, 4, 8, 12])("keeps at most the last %i weeks", (maxWeeks) => {
    const recorded = Array.from({ length: 20 }, (_, i) =>
      week(addDays("2026-08-17", 7 * i), 100 + i),
    );
    const weeks = historyWeeksBefore({ weeks: recorded }, planStart, maxWeeks);
    expect(weeks).toHaveLength(maxWeeks);
    expect(weeks.at(-1)?.start).toBe("2026-12-28");
    expect(weeks.at(-1)?.minutes).toBe(119);
  });

  it("does not depend on the order of the record", () => {
    const recorded = [week("2026-12-14", 300), week("2026-11-30", 200), week("2026-12-21", 250)];
    expect(historyWeeksBefore({ weeks: recorded }, planStart, 12)).toEqual(
      historyWeeksBefore({ weeks: [...recorded].reverse() }, planStart, 12),
    );
  });
});

describe("longestRunOf", () => {
  it.each([
    [{ start: planStart, minutes: 300, longestRunMin: 95 }, 95], // recorded
    [{ start: planStart, minutes: 300, runs: 5 }, 90], // 1.5 × the mean run
    [{ start: planStart, minutes: 300 }, 113], // four runs assumed
    [{ start: planStart, minutes: 60, runs: 1 }, 60], // never more than the week
    [{ start: planStart, minutes: 0, runs: 0 }, 0],
  ] satisfies [HistoryWeek, number][])("%j → %i", (w, longest) => {
    expect(longestRunOf(w)).toBe(longest);
  });
});
