import { Decoder, Stream } from "@garmin/fitsdk";
import {
  collect,
  type DateOf,
  type FileReading,
  skipFile,
  toActivity,
} from "./imported-activity.ts";
import { canonicalSport } from "./sports.ts";

/** A session as the SDK decodes it (sport and subSport as names, times as Dates). */
interface FitSession {
  startTime?: unknown;
  sport?: unknown;
  subSport?: unknown;
  totalTimerTime?: unknown;
  totalElapsedTime?: unknown;
  totalDistance?: unknown;
  totalAscent?: unknown;
}

/**
 * Read a FIT activity file: each session (one, or several in a multisport file) is an
 * activity. A file that is not FIT, fails its checksum or holds no activity is skipped.
 */
export function readFit(file: string, bytes: Uint8Array, dateOf: DateOf): FileReading {
  const decoder = new Decoder(Stream.fromByteArray(bytes));
  if (!decoder.isFIT()) return skipFile(file, "not a FIT file");
  // A flipped byte can decode into wrong numbers without an error: trust only intact files.
  if (!decoder.checkIntegrity()) return skipFile(file, "corrupt FIT file (checksum mismatch)");
  const { messages, errors } = decoder.read();
  const fileType = messages.fileIdMesgs?.[0]?.type;
  if (fileType !== undefined && fileType !== "activity")
    return skipFile(file, `a FIT ${fileType} file, not an activity`);
  const sessions: FitSession[] = messages.sessionMesgs ?? [];
  if (sessions.length === 0) {
    const why = errors[0]?.message;
    return skipFile(file, why ? `corrupt FIT file (${why})` : "no session in the FIT file");
  }
  return collect(
    sessions.map((session) =>
      toActivity(
        {
          startMs: session.startTime instanceof Date ? session.startTime.getTime() : Number.NaN,
          sport: sportOf(session),
          durationSec: numeric(session.totalTimerTime),
          elapsedSec: numeric(session.totalElapsedTime),
          distanceM: numeric(session.totalDistance),
          vertM: numeric(session.totalAscent),
        },
        { file },
        dateOf,
      ),
    ),
  );
}

/** FIT's running sub-sports that tell a trail, treadmill or virtual run from a road run. */
const runningKinds: Record<string, string> = {
  trail: "trail run",
  treadmill: "treadmill",
  indoorRunning: "treadmill",
  virtualActivity: "virtual run",
  track: "track",
};

function sportOf(session: FitSession): string {
  const sport = typeof session.sport === "string" ? session.sport : "other";
  const subSport = typeof session.subSport === "string" ? session.subSport : "";
  if (sport === "running") return runningKinds[subSport] ?? "run";
  if (sport === "training" && subSport === "strengthTraining") return "strength";
  return canonicalSport(sport);
}

const numeric = (value: unknown) => (typeof value === "number" ? value : undefined);
