import type { RawActivity } from "./imported-activity.ts";
import { canonicalSport } from "./sports.ts";
import { elevationGainM } from "./track-math.ts";
import {
  child,
  children,
  numberOf,
  textOf,
  timeOf,
  type XmlElement,
  type XmlFormat,
} from "./xml.ts";

/**
 * TCX: each `<Activity>` is one. Its duration and distance are the sums of its laps'
 * TotalTimeSeconds (timer time) and DistanceMeters, its climbing comes from the
 * trackpoints' altitudes, and its sport from the Sport attribute.
 */
export const tcxFormat: XmlFormat = {
  name: "TCX",
  root: "TrainingCenterDatabase",
  activities: (database) => children(child(database, "Activities"), "Activity"),
  noActivity: "no <Activity> in the file",
  read: readActivity,
};

function readActivity(activity: XmlElement): RawActivity {
  const laps = children(activity, "Lap");
  const trackpoints = laps.flatMap((lap) =>
    children(lap, "Track").flatMap((track) => children(track, "Trackpoint")),
  );
  const startMs = firstTime([
    timeOf(activity, "Id"),
    ...laps.map((lap) => timeOf(lap, "@StartTime")),
    ...trackpoints.map((point) => timeOf(point, "Time")),
  ]);
  const lastPointMs = firstTime(trackpoints.map((point) => timeOf(point, "Time")).reverse());
  const altitudes = trackpoints.flatMap((point) => numberOf(point, "AltitudeMeters") ?? []);
  return {
    startMs,
    sport: canonicalSport(textOf(activity, "@Sport") ?? "other"),
    durationSec: sumOf(laps.map((lap) => numberOf(lap, "TotalTimeSeconds"))),
    elapsedSec: (lastPointMs - startMs) / 1000,
    distanceM: sumOf(laps.map((lap) => numberOf(lap, "DistanceMeters"))),
    vertM: altitudes.length > 1 ? elevationGainM(altitudes) : undefined,
  };
}

function firstTime(times: readonly number[]): number {
  return times.find((t) => !Number.isNaN(t)) ?? Number.NaN;
}

/** The sum of the values laps give; undefined when no lap gives one. */
function sumOf(values: readonly (number | undefined)[]): number | undefined {
  const given = values.filter((v): v is number => v !== undefined);
  return given.length === 0 ? undefined : given.reduce((a, b) => a + b, 0);
}
