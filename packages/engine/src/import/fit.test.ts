import { describe, expect, it } from "vitest";
import { fitFile } from "./fit.test-util.ts";
import { readFit } from "./fit.ts";
import { utcDateOf } from "./imported-activity.ts";

const start = new Date(Date.UTC(2024, 0, 5, 7, 4, 12));

describe("readFit", () => {
  it("reads a trail run's session: start, sport, timer time, distance and ascent", () => {
    const bytes = fitFile([
      {
        startTime: start,
        sport: "running",
        subSport: "trail",
        totalTimerTime: 3600,
        totalElapsedTime: 3720,
        totalDistance: 10_020,
        totalAscent: 412,
      },
    ]);
    expect(readFit("morning.fit", bytes, utcDateOf)).toEqual({
      activities: [
        {
          date: "2024-01-05",
          startTime: "2024-01-05T07:04:12.000Z",
          sport: "trail run",
          durationMin: 60,
          elapsedMin: 62,
          distanceKm: 10.02,
          vertM: 412,
          source: { file: "morning.fit" },
        },
      ],
      skipped: [],
    });
  });

  it("reads each session of a multisport file with its own sport", () => {
    const later = new Date(start.getTime() + 3_600_000);
    const bytes = fitFile([
      { startTime: start, sport: "cycling", subSport: "road", totalTimerTime: 3000 },
      { startTime: later, sport: "running", totalTimerTime: 1500, totalDistance: 5000 },
    ]);
    const { activities } = readFit("brick.fit", bytes, utcDateOf);
    expect(activities.map((a) => [a.sport, a.durationMin, a.distanceKm])).toEqual([
      ["ride", 50, undefined],
      ["run", 25, 5],
    ]);
  });

  it.each([
    ["treadmill", "treadmill"],
    ["virtualActivity", "virtual run"],
    ["street", "run"],
  ])("names a running session with sub-sport %s %j", (subSport, sport) => {
    const bytes = fitFile([{ startTime: start, sport: "running", subSport, totalTimerTime: 60 }]);
    expect(readFit("a.fit", bytes, utcDateOf).activities[0]?.sport).toBe(sport);
  });

  it("names strength training and walking as cross-training sports", () => {
    const bytes = fitFile([
      { startTime: start, sport: "training", subSport: "strengthTraining", totalTimerTime: 60 },
      { startTime: start, sport: "walking", totalTimerTime: 60 },
    ]);
    expect(readFit("a.fit", bytes, utcDateOf).activities.map((a) => a.sport)).toEqual([
      "strength",
      "walk",
    ]);
  });

  it("uses the elapsed time when the session has no timer time", () => {
    const bytes = fitFile([{ startTime: start, sport: "running", totalElapsedTime: 1800 }]);
    expect(readFit("a.fit", bytes, utcDateOf).activities[0]?.durationMin).toBe(30);
  });

  const run = { startTime: start, sport: "running", totalTimerTime: 1800 };
  const corrupt = fitFile([run]);
  corrupt[30] = (corrupt[30] ?? 0) ^ 0xff;

  it.each([
    ["text", new TextEncoder().encode("Activity Date,Activity Type\n"), "not a FIT file"],
    ["no bytes", new Uint8Array(), "not a FIT file"],
    ["a flipped byte", corrupt, "corrupt FIT file (checksum mismatch)"],
    ["a course file", fitFile([run], "course"), "a FIT course file, not an activity"],
    ["an activity without a session", fitFile([]), "no session in the FIT file"],
    [
      "a session without any time",
      fitFile([{ startTime: start, sport: "running" }]),
      "no duration",
    ],
  ])("skips %s with the reason", (_, bytes, reason) => {
    expect(readFit("x.fit", bytes, utcDateOf)).toEqual({
      activities: [],
      skipped: [{ file: "x.fit", reason }],
    });
  });
});
