import { describe, expect, it } from "vitest";
import { utcDateOf } from "./imported-activity.ts";
import { tcxFormat } from "./tcx.ts";
import { readXmlActivities } from "./xml.ts";

/** A lap starting `startMin` after 06:00 UTC, with trackpoints a minute apart. */
function lap(startMin: number, seconds: number, metres: number, altitudes: readonly number[]) {
  const at = (minute: number) => new Date(Date.UTC(2024, 4, 11, 6, minute)).toISOString();
  const points = altitudes
    .map(
      (altitude, i) =>
        `<Trackpoint><Time>${at(startMin + i)}</Time><AltitudeMeters>${altitude}</AltitudeMeters></Trackpoint>`,
    )
    .join("\n");
  return `<Lap StartTime="${at(startMin)}">
  <TotalTimeSeconds>${seconds}</TotalTimeSeconds><DistanceMeters>${metres}</DistanceMeters>
  <Track>${points}</Track>
</Lap>`;
}

const tcx = (sport: string, laps: string) => `<?xml version="1.0" encoding="UTF-8"?>
<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
 <Activities>
  <Activity Sport="${sport}"><Id>2024-05-11T06:00:00Z</Id>${laps}</Activity>
 </Activities>
</TrainingCenterDatabase>`;

// Up 100 m in the first lap, every other reading 5 m high (a 1.7 m dip after each),
// and down again in the second.
const up = Array.from({ length: 31 }, (_, i) => 400 + (i * 100) / 30 + (i % 2) * 5);
const down = Array.from({ length: 31 }, (_, i) => 500 - (i * 100) / 30);

/** Read a TCX file's text. */
const read = (file: string, text: string) => readXmlActivities(tcxFormat, file, text, utcDateOf);

describe("tcxFormat", () => {
  it("sums the laps' timer time and distance and reads the climbing from altitudes", () => {
    const text = tcx("Running", lap(0, 1800, 5000, up) + lap(31, 1650.6, 4800.4, down));
    expect(read("long.tcx", text)).toEqual({
      activities: [
        {
          date: "2024-05-11",
          startTime: "2024-05-11T06:00:00.000Z",
          sport: "run",
          durationMin: 3450.6 / 60,
          elapsedMin: 61, // first trackpoint to last
          distanceKm: 9.8004,
          vertM: expect.closeTo(Math.max(...up) - 400, 6), // the dips do not restart the climb
          source: { file: "long.tcx" },
        },
      ],
      skipped: [],
    });
  });

  it("names a Biking activity a ride and Other as it is", () => {
    const sportOf = (sport: string) =>
      read("a.tcx", tcx(sport, lap(0, 600, 3000, [1, 2]))).activities[0]?.sport;
    expect(sportOf("Biking")).toBe("ride");
    expect(sportOf("Other")).toBe("other");
  });

  it.each([
    ["broken XML", "<TrainingCenterDatabase><Activities>", /^not well-formed XML/],
    ["a GPX file", '<gpx version="1.1"/>', /^not a TCX file/],
    [
      "a course file",
      "<TrainingCenterDatabase><Courses/></TrainingCenterDatabase>",
      /^no <Activity>/,
    ],
    [
      "an activity without time",
      tcx("Running", "<Lap><DistanceMeters>10</DistanceMeters></Lap>"),
      /^no duration$/,
    ],
  ])("skips %s with the reason", (_, text, reason) => {
    const { activities, skipped } = read("x.tcx", text);
    expect(activities).toEqual([]);
    expect(skipped).toEqual([{ file: "x.tcx", reason: expect.stringMatching(reason) }]);
  });
});
