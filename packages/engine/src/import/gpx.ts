import type { RawActivity } from "./imported-activity.ts";
import { canonicalSport } from "./sports.ts";
import { elevationGainM, pathLengthM, type TrackPoint } from "./track-math.ts";
import { children, numberOf, textOf, timeOf, type XmlElement, type XmlFormat } from "./xml.ts";

/**
 * GPX: each track is an activity. Its time runs from the first timed point to the last
 * (GPX has no moving time), its distance follows the points segment by segment (a gap
 * between segments is a pause, not distance) and its climbing comes from `<ele>`.
 * The sport is the track's `<type>`, else running.
 */
export const gpxFormat: XmlFormat = {
  name: "GPX",
  root: "gpx",
  activities: (gpx) => children(gpx, "trk"),
  noActivity: "no track (<trk>) in the file",
  read: readTrack,
};

function readTrack(track: XmlElement): RawActivity {
  const segments = children(track, "trkseg").map((segment) => children(segment, "trkpt"));
  const points = segments.flat();
  const times = points.map((p) => timeOf(p, "time")).filter((t) => !Number.isNaN(t));
  const startMs = times[0] ?? Number.NaN;
  const elapsedSec = ((times.at(-1) ?? Number.NaN) - startMs) / 1000;
  const distanceM = segments.reduce((sum, segment) => sum + pathLengthM(positions(segment)), 0);
  const altitudes = points.flatMap((p) => numberOf(p, "ele") ?? []);
  return {
    startMs,
    sport: canonicalSport(textOf(track, "type") ?? "run"),
    elapsedSec,
    distanceM: points.length > 1 ? distanceM : undefined,
    vertM: altitudes.length > 1 ? elevationGainM(altitudes) : undefined,
  };
}

function positions(points: readonly XmlElement[]): TrackPoint[] {
  return points.flatMap((p) => {
    const lat = numberOf(p, "@lat");
    const lon = numberOf(p, "@lon");
    return lat === undefined || lon === undefined ? [] : [{ lat, lon }];
  });
}
