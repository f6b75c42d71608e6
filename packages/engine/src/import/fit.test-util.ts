import { Encoder, Profile } from "@garmin/fitsdk";

/** A session of a FIT file written by the SDK's encoder, in FIT's units (seconds, metres). */
export interface FitSessionFields {
  startTime: Date;
  sport: string;
  subSport?: string;
  totalTimerTime?: number;
  totalElapsedTime?: number;
  totalDistance?: number;
  totalAscent?: number;
}

/** The bytes of a FIT file of that type holding these sessions. */
export function fitFile(sessions: readonly FitSessionFields[], type = "activity"): Uint8Array {
  const encoder = new Encoder();
  const fileId = {
    mesgNum: mesgNum("FILE_ID"),
    type,
    manufacturer: "development",
    product: 0,
    serialNumber: 1234,
    timeCreated: sessions[0]?.startTime ?? new Date(Date.UTC(2024, 0, 1)),
  };
  encoder.writeMesg(fileId);
  for (const fields of sessions) {
    const seconds = fields.totalElapsedTime ?? fields.totalTimerTime ?? 0;
    const session = {
      mesgNum: mesgNum("SESSION"),
      timestamp: new Date(fields.startTime.getTime() + seconds * 1000),
      ...fields,
    };
    encoder.writeMesg(session);
  }
  return encoder.close();
}

function mesgNum(name: string): number {
  const num = Profile.MesgNum[name];
  if (num === undefined) throw new Error(`the FIT profile has no message ${name}`);
  return num;
}
