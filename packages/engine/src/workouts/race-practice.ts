import { isUltra, policy } from "../constants.ts";
import type { WeekFrame } from "../macro/macro.ts";

/**
 * WORKOUTS.md's kit and conditions, rehearsed on an ultra's long runs in the specific and peak
 * weeks: the race's shoes and pack; and, for a race that runs into the night (predicted at
 * `overnightRaceMin` or more), running in the dark with a headlamp from the specific phase's
 * second half on (SP-4). The scenario says nothing of heat, so no heat practice is set.
 */
export function racePracticeNotes(frame: WeekFrame, raceTimeMin: number): string[] {
  const specific = frame.phase === "specific" || frame.phase === "peak";
  if (!specific || !isUltra(frame.endurance.category)) return [];
  const notes = ["Race kit: the shoes and pack you will race in, poles if the race allows them."];
  const late = frame.phase === "peak" || frame.weekInPhase >= Math.floor(frame.phaseLength / 2);
  if (late && raceTimeMin >= policy.overnightRaceMin)
    notes.push(
      "Night practice: run part of it in the dark with your race headlamp, as the race runs through the night.",
    );
  return notes;
}
