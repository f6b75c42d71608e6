import type { Session } from "./session.ts";
import { qualityOf, totalMinutes, work, zoneMinutesOf } from "./steps.ts";

/** An easy run of `minutes` on `day`, with any field overridden: the workouts tests' building block. */
export const easyRun = (day: number, minutes: number, over: Partial<Session> = {}): Session => ({
  day,
  type: "easy",
  title: `Easy run ${minutes} min`,
  steps: [work(minutes, "z2")],
  intensity: "easy",
  key: false,
  notes: [],
  running: true,
  vertWeight: 1,
  ...over,
});

/** The sessions' share of quality (z3–z5) in their running minutes (IN-1). */
export const qualityShare = (sessions: Session[]): number => {
  const running = sessions.filter((s) => s.running && s.type !== "race");
  const minutes = running.reduce((sum, s) => sum + totalMinutes(s.steps), 0);
  return running.reduce((sum, s) => sum + qualityOf(zoneMinutesOf(s.steps)), 0) / minutes;
};
