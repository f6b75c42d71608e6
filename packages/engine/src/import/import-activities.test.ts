import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { epochDayOf, mondayOf } from "../dates.ts";
import { parseScenario } from "../parse.ts";
import { isRunningSport } from "../profile/history-weeks.ts";
import { fitFile } from "./fit.test-util.ts";
import { importActivities, type TrainingFile } from "./import-activities.ts";
import { historyWeeksOf } from "./weeks.ts";

const header =
  "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance," +
  "Elapsed Time,Moving Time,Distance,Elevation Gain";
const csv = [
  header,
  '1,"Mar 4, 2024, 6:30:00 AM",Easy,Run,3000,9.10,3000.0,2950.0,9100.0,80.0',
  '2,"Mar 9, 2024, 8:00:00 AM",Long,Trail Run,9000,24.00,9000.0,8700.0,24000.0,1200.0',
  '3,"Mar 10, 2024, 9:00:00 AM",Spin,Ride,3600,30.00,3600.0,3600.0,30000.0,300.0',
  '4,"Mar 11, 2024, 6:30:00 AM",Easy,Run,,9.00,,,9000.0,70.0',
].join("\n");

// The same long run as the CSV's row 3, recorded by the watch 20 s earlier; and one more run.
const watch = fitFile([
  {
    startTime: new Date(Date.UTC(2024, 2, 9, 7, 59, 40)),
    sport: "running",
    subSport: "trail",
    totalTimerTime: 8640,
    totalElapsedTime: 9020,
    totalDistance: 24_050,
    totalAscent: 1185,
  },
]);
const evening = fitFile([
  { startTime: new Date(Date.UTC(2024, 2, 13, 17, 0)), sport: "running", totalTimerTime: 2400 },
]);

const files: TrainingFile[] = [
  { name: "export/activities.csv", data: new TextEncoder().encode(csv) },
  { name: "export/activities/9001.FIT", data: watch },
  { name: "13-march.Fit", data: evening },
  { name: "notes.txt", data: "hello" },
  { name: "README", data: "" },
  { name: "string.fit", data: "not bytes" },
];

describe("importActivities", () => {
  const result = importActivities(files);

  it("reads every file by its extension, whatever its case, and drops the duplicate", () => {
    expect(result.duplicates).toBe(1);
    expect(result.activities.map((a) => [a.date, a.sport, a.source.file])).toEqual([
      ["2024-03-04", "run", "export/activities.csv"],
      ["2024-03-09", "trail run", "export/activities/9001.FIT"], // as rich, 20 s earlier
      ["2024-03-10", "ride", "export/activities.csv"],
      ["2024-03-13", "run", "13-march.Fit"],
    ]);
  });

  it("lists what it skipped with the file, the row and why", () => {
    expect(result.skipped).toEqual([
      { file: "export/activities.csv", row: 5, reason: "no duration" },
      { file: "notes.txt", reason: "not a .csv/.fit/.gpx/.tcx file" },
      { file: "README", reason: "not a .csv/.fit/.gpx/.tcx file" },
      { file: "string.fit", reason: "a FIT file must be given as bytes, not text" },
    ]);
  });

  it("dates each activity by the runner's day when told how", () => {
    // 17:00 UTC on Wednesday is already Thursday in Auckland (UTC+13 in March).
    const auckland = (startTime: string) =>
      new Date(Date.parse(startTime) + 13 * 3_600_000).toISOString().slice(0, 10);
    const [late] = importActivities([files[2] as TrainingFile], { dateOf: auckland }).activities;
    expect(late?.date).toBe("2024-03-14");
  });

  it("folds into history weeks the scenario parser accepts", () => {
    const weeks = historyWeeksOf(result.activities, 3);
    expect(weeks).toEqual([
      { start: "2024-02-26", minutes: 0, runs: 0, longestRunMin: 0, vertM: 0, distanceKm: 0 },
      {
        start: "2024-03-04",
        minutes: 193, // 49.2 from the CSV + 144 from the FIT's timer time
        runs: 2,
        longestRunMin: 144,
        vertM: 1265, // 80 + 1185
        distanceKm: 33.2, // 9.1 + 24.05
      },
      { start: "2024-03-11", minutes: 40, runs: 1, longestRunMin: 40, vertM: 0, distanceKm: 0 },
    ]);
    const scenario = {
      athlete: { history: { weeks } },
      goals: [{ id: "race", date: "2024-09-01", distanceKm: 50 }],
    };
    expect(parseScenario(scenario, "2024-03-18").ok).toBe(true);
  });

  it("gives no more activities for any Strava CSV given twice", () => {
    const row = fc.record({
      day: fc.integer({ min: 1, max: 28 }),
      hour: fc.integer({ min: 1, max: 12 }),
      type: fc.constantFrom("Run", "Trail Run", "Walk", "Ride"),
      seconds: fc.integer({ min: 0, max: 20_000 }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        const lines = rows.map(
          (r, i) =>
            `${i},"Jun ${r.day}, 2024, ${r.hour}:00:00 AM",x,${r.type},${r.seconds},5.0,,,,`,
        );
        const file = { name: "activities.csv", data: [header, ...lines].join("\n") };
        const once = importActivities([file]).activities;
        expect(importActivities([file, file]).activities).toEqual(once);
      }),
    );
  });

  it("gives no more activities for the same files given twice", () => {
    const twice = importActivities([...files, ...files]);
    expect(twice.activities).toEqual(result.activities);
    const records = result.activities.length + result.duplicates;
    expect(twice.duplicates).toBe(2 * records - result.activities.length);
  });

  it("never throws, whatever the bytes", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("a.csv", "a.fit", "a.gpx", "a.tcx"),
        fc.uint8Array(),
        (name, data) => {
          const { activities, skipped } = importActivities([{ name, data }]);
          expect(activities.length + skipped.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe("folding imported activities", () => {
  const activity = fc.record({
    day: fc.integer({ min: 0, max: 120 }),
    sport: fc.constantFrom("run", "trail run", "ride", "walk"),
    durationMin: fc.double({ min: 1, max: 300, noNaN: true }),
  });

  it("keeps the running minutes of the weeks it covers, to rounding", () => {
    fc.assert(
      fc.property(
        fc.array(activity, { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 20 }),
        (list, count) => {
          const activities = list.map(({ day, sport, durationMin }) => {
            const startTime = new Date(Date.UTC(2024, 0, 1 + day, 7)).toISOString();
            return {
              date: startTime.slice(0, 10),
              startTime,
              sport,
              durationMin,
              source: { file: "x" },
            };
          });
          const weeks = historyWeeksOf(activities, count);
          const first = epochDayOf(weeks[0]?.start ?? "");
          const covered = activities.filter(
            (a) => isRunningSport(a.sport) && epochDayOf(mondayOf(a.date)) >= first,
          );
          const minutes = covered.reduce((sum, a) => sum + a.durationMin, 0);
          const folded = weeks.reduce((sum, w) => sum + w.minutes, 0);
          expect(weeks).toHaveLength(count);
          expect(Math.abs(folded - minutes)).toBeLessThanOrEqual(0.5 * count);
          expect(weeks.reduce((sum, w) => sum + (w.runs ?? 0), 0)).toBe(covered.length);
        },
      ),
    );
  });
});
