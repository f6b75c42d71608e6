import { describe, expect, it } from "vitest";
import { addDays, epochDayOf, weekdayIndex } from "../dates.ts";
import type { Activity, HistoryWeek } from "../schema/scenario.ts";
import {
  earlyRecordEnd,
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

  it("fills gaps inside the record with empty weeks", () => {
    const weeks = historyWeeksBefore(
      { weeks: [week("2026-11-30", 300), week("2026-12-14", 320), week("2026-12-28", 310)] },
      planStart,
      12,
    );
    expect(weeks.map((w) => [w.start, w.minutes])).toEqual([
      ["2026-11-30", 300],
      ["2026-12-07", 0], // gap
      ["2026-12-14", 320],
      ["2026-12-21", 0], // gap
      ["2026-12-28", 310], // the week before the start
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
      // The record's six weeks, moved up to end the week before the start.
      expect(weeks.map((w) => w.minutes)).toEqual([200, 0, 0, 0, 0, 0, 250]);
      weeks.forEach((w, i) => {
        expect(w.start).toBe(addDays("2026-11-16", 7 * i));
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
    expect(weeks).toEqual([
      {
        start: "2026-12-28", // the record's last week, read as the week before the start
        minutes: 420,
        runs: 6,
        longestRunMin: 120,
        vertM: 550,
        distanceKm: 65,
      },
    ]);
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

describe("historyWeeksBefore: a record ending before the week before the start", () => {
  /** The same record moved `weeks` earlier. */
  const earlier = (record: readonly HistoryWeek[], weeks: number) =>
    record.map((w) => ({ ...w, start: addDays(w.start, -7 * weeks) }));
  const recent = [
    week("2026-11-30", 280),
    week("2026-12-07", 300, { longestRunMin: 95 }),
    week("2026-12-14", 320),
    week("2026-12-21", 0, { runs: 0, longestRunMin: 0 }), // recorded: a week off
    week("2026-12-28", 310),
  ];
  const asRecorded = historyWeeksBefore({ weeks: recent }, planStart, 12);

  it.each([1, 4, 8, 26])("reads a record ending %i weeks early as the weeks just before", (k) => {
    expect(historyWeeksBefore({ weeks: earlier(recent, k) }, planStart, 12)).toEqual(asRecorded);
  });

  it("keeps gaps inside the record and weeks recorded empty as weeks without running", () => {
    const gappy = [week("2026-11-02", 300), week("2026-11-16", 320), week("2026-11-23", 0)];
    const weeks = historyWeeksBefore({ weeks: gappy }, planStart, 12);
    expect(weeks.map((w) => [w.start, w.minutes])).toEqual([
      ["2026-12-07", 300],
      ["2026-12-14", 0], // the gap inside the record
      ["2026-12-21", 320],
      ["2026-12-28", 0], // recorded with 0 minutes: the record ends there, a real break
    ]);
  });

  it("keeps at most the last weeks of the record, not of the calendar", () => {
    const recorded = Array.from({ length: 20 }, (_, i) => week(addDays("2026-03-02", 7 * i), i));
    const weeks = historyWeeksBefore({ weeks: recorded }, planStart, 4);
    expect(weeks.map((w) => [w.start, w.minutes])).toEqual([
      ["2026-12-07", 16],
      ["2026-12-14", 17],
      ["2026-12-21", 18],
      ["2026-12-28", 19],
    ]);
  });

  it("reads activities the same way: the record ends with the week of the last activity", () => {
    const runs: Activity[] = [
      { date: "2026-12-01", durationMin: 60 },
      { date: "2026-12-20", durationMin: 90 },
      { date: "2026-12-29", durationMin: 45 },
    ];
    const asLogged = historyWeeksBefore({ activities: runs }, planStart, 12);
    expect(asLogged.map((w) => w.minutes)).toEqual([60, 0, 90, 0, 45]);
    for (const k of [1, 5]) {
      const early = runs.map((a) => ({ ...a, date: addDays(a.date, -7 * k) }));
      expect(historyWeeksBefore({ activities: early }, planStart, 12)).toEqual(asLogged);
    }
  });

  it("ends the record at the last activity of any sport: weeks up to it without running are breaks", () => {
    const activities: Activity[] = [
      { date: "2026-11-03", durationMin: 60 },
      { date: "2026-11-18", durationMin: 90, sport: "ride" },
    ];
    const weeks = historyWeeksBefore({ activities }, planStart, 12);
    expect(weeks.map((w) => [w.start, w.minutes])).toEqual([
      ["2026-12-14", 60],
      ["2026-12-21", 0],
      ["2026-12-28", 0], // the ride's week: logged, no running
    ]);
  });
});

describe("earlyRecordEnd", () => {
  it("is undefined without a record, or when it ends the week before the start", () => {
    expect(earlyRecordEnd(undefined, planStart)).toBeUndefined();
    expect(earlyRecordEnd({ weeks: [week("2027-01-04", 300)] }, planStart)).toBeUndefined();
    expect(earlyRecordEnd({ weeks: [week("2026-12-28", 300)] }, planStart)).toBeUndefined();
    expect(earlyRecordEnd({ weeks: [week("2026-12-30", 0)] }, "2027-01-07")).toBeUndefined();
  });

  it.each([
    ["2026-12-21", 1],
    ["2026-11-30", 4],
    ["2026-07-06", 25],
  ])("a record whose last week is %s misses %i weeks", (lastWeek, weeksUnrecorded) => {
    const record = { weeks: [week("2026-06-01", 300), week(lastWeek, 300)] };
    expect(earlyRecordEnd(record, planStart)).toEqual({ lastWeek, weeksUnrecorded });
    // From any day of the plan's first week.
    expect(earlyRecordEnd(record, addDays(planStart, 3))).toEqual({ lastWeek, weeksUnrecorded });
  });

  it("reads the last activity of any sport, and ignores what is on or after the start", () => {
    const activities: Activity[] = [
      { date: "2026-11-03", durationMin: 60 },
      { date: "2026-11-20", durationMin: 90, sport: "ride" },
      { date: "2027-01-06", durationMin: 45 },
    ];
    expect(earlyRecordEnd({ activities }, planStart)).toEqual({
      lastWeek: "2026-11-16",
      weeksUnrecorded: 6,
    });
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
