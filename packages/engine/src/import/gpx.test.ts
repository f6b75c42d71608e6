import { describe, expect, it } from "vitest";
import { gpxFormat } from "./gpx.ts";
import { utcDateOf } from "./imported-activity.ts";
import { readXmlActivities } from "./xml.ts";

interface Point {
  lat: number;
  lon: number;
  ele?: number;
  time?: string;
}

/** A GPX document with one track of these segments. */
function gpx(segments: readonly Point[][], type?: string): string {
  const point = (p: Point) =>
    `<trkpt lat="${p.lat}" lon="${p.lon}">${p.ele === undefined ? "" : `<ele>${p.ele}</ele>`}` +
    `${p.time === undefined ? "" : `<time>${p.time}</time>`}</trkpt>`;
  const segment = (points: readonly Point[]) => `<trkseg>${points.map(point).join("\n")}</trkseg>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<gpx creator="StravaGPX" version="1.1" xmlns="http://www.topografix.com/GPX/1/1">
 <metadata><time>2024-03-02T08:00:00Z</time></metadata>
 <trk><name>Hill repeats</name>${type === undefined ? "" : `<type>${type}</type>`}
  ${segments.map(segment).join("\n")}
 </trk>
</gpx>`;
}

const degreeM = (6_371_008.8 * Math.PI) / 180;
const startMs = Date.UTC(2024, 2, 2, 8, 0, 0);

/** Northward along a meridian, a point every 30 s; altitude from `ele(i)`. */
function northward(count: number, stepDeg: number, ele: (i: number) => number, from = 0): Point[] {
  return Array.from({ length: count }, (_, i) => ({
    lat: 45 + (from + i) * stepDeg,
    lon: 6.5,
    ele: ele(from + i),
    time: new Date(startMs + (from + i) * 30_000).toISOString(),
  }));
}

// 0 → 150 m → 0 over 121 points, with ±2 m of GPS noise.
const hill = (i: number) => (i <= 60 ? i * 2.5 : (120 - i) * 2.5) + (i % 2 === 0 ? 2 : -2);

/** Read a GPX file's text. */
const read = (file: string, text: string) => readXmlActivities(gpxFormat, file, text, utcDateOf);

describe("gpxFormat", () => {
  it("reads time, distance along the points and climbing with the noise left out", () => {
    const { activities, skipped } = read("hills.gpx", gpx([northward(121, 0.001, hill)], "9"));
    expect(skipped).toEqual([]);
    const [hills] = activities;
    expect(hills).toMatchObject({
      date: "2024-03-02",
      startTime: "2024-03-02T08:00:00.000Z",
      sport: "run", // Strava's type 9
      durationMin: 60,
      elapsedMin: 60,
      source: { file: "hills.gpx" },
    });
    expect(hills?.distanceKm).toBeCloseTo((120 * 0.001 * degreeM) / 1000, 6);
    expect(hills?.vertM).toBeGreaterThanOrEqual(150);
    expect(hills?.vertM).toBeLessThanOrEqual(154);
  });

  it("does not count the gap between two segments as distance", () => {
    const flat = () => 300;
    const first = northward(11, 0.001, flat);
    const second = northward(11, 0.001, flat, 50); // resumed 39 legs further on
    const [run] = read("paused.gpx", gpx([first, second])).activities;
    expect(run?.distanceKm).toBeCloseTo((20 * 0.001 * degreeM) / 1000, 6);
    expect(run?.durationMin).toBe(30); // first point to last, pause included
    expect(run?.vertM).toBe(0);
  });

  it.each([
    [undefined, "run"],
    ["running", "run"],
    ["trail_running", "trail run"],
    ["cycling", "ride"],
    ["hiking", "hike"],
  ])("reads the type %j as %j", (type, sport) => {
    const track = gpx([northward(3, 0.001, () => 0)], type);
    expect(read("a.gpx", track).activities[0]?.sport).toBe(sport);
  });

  it.each([
    ["broken XML", "<gpx><trk><trkseg>", /^not well-formed XML/],
    ["another XML document", "<kml><Document/></kml>", /^not a GPX file: no <gpx> element$/],
    [
      "a route without a track",
      '<gpx version="1.1"><rte/></gpx>',
      /^no track \(<trk>\) in the file$/,
    ],
    [
      "a track without times",
      gpx([
        [
          { lat: 45, lon: 6 },
          { lat: 45.1, lon: 6 },
        ],
      ]),
      /^no start time$/,
    ],
    ["a single timed point", gpx([northward(1, 0.001, () => 0)]), /^no duration$/],
  ])("skips %s with the reason", (_, text, reason) => {
    const { activities, skipped } = read("x.gpx", text);
    expect(activities).toEqual([]);
    expect(skipped).toEqual([{ file: "x.gpx", reason: expect.stringMatching(reason) }]);
  });
});
