import { describe, expect, it } from "vitest";
import { utcDateOf } from "./imported-activity.ts";
import { readStravaCsv } from "./strava-csv.ts";
import { parseStravaDate } from "./strava-date.ts";

/** The columns of a Strava bulk export, repeated names and all (most left out). */
const header =
  "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time," +
  "Distance,Max Heart Rate,Relative Effort,Commute,Activity Gear,Filename,Elapsed Time," +
  "Moving Time,Distance,Max Speed,Elevation Gain,Elevation Loss";

// Rows are numbered as a spreadsheet shows them (the header is row 1, a record is one row
// even when a quoted description spans lines): Activity ID 101 is row 2, 111 is row 12.
const csv = [
  header,
  '101,"Jan 5, 2024, 7:04:12 AM",Morning Run,Run,"Easy, then strides.',
  'Legs ""heavy""',
  'felt fine",3720,10.02,171,40,false,Shoes,activities/101.fit.gz,3720.0,"3,540.0",10020.0,4.1,123.4,120.1',
  '102,"Jan 6, 2024, 12:30:00 PM",Long one,Trail Run,,9000,"1,234.5",160,99,false,,,9000.0,,1234500.0,3.2,"1,650.2",1640',
  '103,"Jan 7, 2024, 12:15:00 AM",Zwift,Virtual Run,,1500,5.00,,,false,,,1500.0,1500.0,5000.0,,0.0,0',
  '104,"Jan 7, 2024, 9:00:00 AM",Dog walk,Walk,,2700,3.10,,,false,,,2700.0,2650.0,3100.0,,12.0,11',
  '105,"Jan 8, 2024, 5:45:00 PM",Commute,Ride,,1800,11.40,,,true,,,1800.0,1700.0,11400.0,,80.0,85',
  '106,"Jan 9, 2024, 6:00:00 PM",Gym,Weight Training,,2400,0.00,,,false,,,9999.0,,0.0,,,',
  '107,"Jan 10, 2024, 7:00:00 AM",Pool,Swim,,2000,2.00,,,false,,,2000.0,1900.0,2000.0,,,',
  '108,"Jan 11, 2024, 8:00:00 AM",Ridge,Hike,,7200,12.00,,,false,,,7200.0,6800.0,12000.0,,900.0,880',
  '109,"Jan 32, 2024, 7:00:00 AM",Typo,Run,,1800,5.00,,,false,,,1800.0,1800.0,5000.0,,10.0,10',
  "110,,No date,Run,,1800,5.00,,,false,,,1800.0,1800.0,5000.0,,10.0,10",
  '111,"Jan 12, 2024, 7:00:00 AM",Manual entry,Run,,,5.00,,,false,,,,,5000.0,,,',
  "",
].join("\n");

const read = readStravaCsv("activities.csv", csv, utcDateOf);
const byRow = (row: number) => read.activities.find((a) => a.source.row === row);

describe("readStravaCsv", () => {
  it("reads a run across a description with commas, quotes and new lines", () => {
    expect(byRow(2)).toEqual({
      date: "2024-01-05",
      startTime: "2024-01-05T07:04:12.000Z",
      sport: "run",
      durationMin: 59, // the moving time "3,540.0" s
      elapsedMin: 62,
      distanceKm: 10.02, // the first Distance (km), not the second (metres)
      vertM: 123.4,
      source: { file: "activities.csv", row: 2 },
    });
  });

  it("falls back to the first Elapsed Time and reads thousands separators", () => {
    expect(byRow(3)).toMatchObject({
      startTime: "2024-01-06T12:30:00.000Z", // 12:30 PM is half past noon
      sport: "trail run",
      durationMin: 150,
      distanceKm: 1234.5,
      vertM: 1650.2,
    });
    // Weight training: no moving time, and the later "Elapsed Time" (9999) is not the one read.
    expect(byRow(7)).toMatchObject({ sport: "strength", durationMin: 40, distanceKm: 0 });
  });

  it("keeps every activity type under its own sport", () => {
    expect(read.activities.map((a) => [a.source.row, a.sport])).toEqual([
      [2, "run"],
      [3, "trail run"],
      [4, "virtual run"],
      [5, "walk"],
      [6, "ride"],
      [7, "strength"],
      [8, "swim"],
      [9, "hike"],
    ]);
    expect(byRow(4)?.startTime).toBe("2024-01-07T00:15:00.000Z"); // 12:15 AM is after midnight
  });

  it("skips rows without a readable date or a duration, naming the row and why", () => {
    expect(read.skipped).toEqual([
      { file: "activities.csv", row: 10, reason: 'unreadable date "Jan 32, 2024, 7:00:00 AM"' },
      { file: "activities.csv", row: 11, reason: "no date" },
      { file: "activities.csv", row: 12, reason: "no duration" },
    ]);
  });

  it("skips a file that is not Strava's activities.csv", () => {
    expect(readStravaCsv("laps.csv", "lap,time\n1,300\n", utcDateOf).skipped).toEqual([
      { file: "laps.csv", reason: 'not a Strava activities.csv: no "Activity Date" column' },
    ]);
    const noTimes = 'Activity Date,Activity Type\n"Jan 5, 2024, 7:04:12 AM",Run\n';
    expect(readStravaCsv("a.csv", noTimes, utcDateOf).skipped[0]?.reason).toBe(
      'not a Strava activities.csv: no "Elapsed Time" column',
    );
  });

  it("skips a file whose quotes never close instead of throwing", () => {
    const broken = `${header}\n101,"Jan 5, 2024, 7:04:12 AM,Run`;
    const result = readStravaCsv("activities.csv", broken, utcDateOf);
    expect(result.activities).toEqual([]);
    expect(result.skipped[0]?.reason).toMatch(/^not a readable CSV file: /);
  });
});

describe("parseStravaDate", () => {
  it.each([
    ["Jan 5, 2024, 7:04:12 AM", "2024-01-05T07:04:12.000Z"],
    ["Dec 31, 2023, 11:59:59 PM", "2023-12-31T23:59:59.000Z"],
    ["Feb 29, 2024, 12:00:00 AM", "2024-02-29T00:00:00.000Z"],
    ["Sep 1, 2024, 6:05:00\u202fPM", "2024-09-01T18:05:00.000Z"], // narrow no-break space
    ["Mar 3, 2024 06:05:00", "2024-03-03T06:05:00.000Z"], // 24-hour clock
  ])("reads %j", (text, iso) => {
    expect(new Date(parseStravaDate(text)).toISOString()).toBe(iso);
  });

  it.each([
    "Feb 30, 2024, 7:00:00 AM",
    "Foo 5, 2024, 7:00:00 AM",
    "Jan 5, 2024, 13:00:00 PM",
    "Jan 5, 2024, 7:61:00 AM",
    "2024-01-05",
    "",
  ])("refuses %j", (text) => {
    expect(parseStravaDate(text)).toBeNaN();
  });
});
