import { isRunningSport } from "../profile/history-weeks.ts";

/**
 * One name for each sport, whatever file it came from: Strava's "Trail Run", Garmin's
 * "trail_running", a FIT file's "cycling" and a TCX file's "Biking" must agree so that
 * folding counts running and the same session in two files is recognised.
 * Names not listed are kept, lower-cased: cross-training under their own name.
 */
const sportNames: Record<string, string> = {
  run: "run",
  running: "run",
  "street running": "run",
  "road running": "run",
  "trail run": "trail run",
  "trail running": "trail run",
  "virtual run": "virtual run",
  treadmill: "treadmill",
  "treadmill running": "treadmill",
  "indoor running": "treadmill",
  "track running": "track",
  walk: "walk",
  walking: "walk",
  hike: "hike",
  hiking: "hike",
  ride: "ride",
  biking: "ride",
  cycling: "ride",
  "road biking": "ride",
  "mountain biking": "ride",
  "mountain bike ride": "ride",
  "gravel ride": "ride",
  "virtual ride": "ride",
  "e bike ride": "ride",
  swim: "swim",
  swimming: "swim",
  "lap swimming": "swim",
  "open water swimming": "swim",
  "weight training": "strength",
  "strength training": "strength",
  // Strava's GPX files give the type as a number.
  "1": "ride",
  "9": "run",
};

/** "Trail Run", "trail_running", "TrailRunning" → "trail run"; unknown names lower-cased. */
export function canonicalSport(raw: string): string {
  const words = raw
    .trim()
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .replace(/[\s_-]+/g, " ");
  return sportNames[words] ?? (words === "" ? "other" : words);
}

/** Runs of every kind are one family; another sport is a family of its own. */
export function sportFamily(sport: string): string {
  return isRunningSport(sport) ? "run" : sport;
}
