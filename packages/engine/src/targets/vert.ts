import { policy, recoversInDays, rules } from "../constants.ts";
import type { WeekFrame } from "../macro/macro.ts";

/** Kilometres actually covered in `runMin` when the climbing is `vertM` (ITRA km-effort). */
export function kmOf(runMin: number, easyPaceSecPerKm: number, vertM: number): number {
  return Math.max(0, (runMin * 60) / easyPaceSecPerKm - vertM * rules.kmEffortPerVertM);
}

/** Vert for a factor f of the race's gain density: solves vert = f·d·km with km shrinking as vert grows. */
export function vertForFactor(
  f: number,
  density: number,
  runMin: number,
  easyPaceSecPerKm: number,
): number {
  const effortKm = (runMin * 60) / easyPaceSecPerKm;
  return (f * density * effortKm) / (1 + f * density * rules.kmEffortPerVertM);
}

/** The factor that gives `vertM` in `runMin` of running. */
export function factorForVert(
  vertM: number,
  density: number,
  runMin: number,
  easyPaceSecPerKm: number,
): number {
  const km = kmOf(runMin, easyPaceSecPerKm, vertM);
  return km <= 0 || density <= 0 ? 0 : vertM / (density * km);
}

/** SP-1: the specific-phase factor that lands the peak week at 0.6–1.0× the race's gain (ultras). */
export function specificVertFactor(args: {
  ultra: boolean;
  raceGainM: number;
  density: number;
  peakRunMin: number;
  easyPaceSecPerKm: number;
}): number {
  const [fLo, fHi] = rules.vertFactor.specific;
  if (!args.ultra) return policy.vertFactor.specific;
  const need = factorForVert(
    args.raceGainM * (rules.peakVertOfRace[0] + 0.03),
    args.density,
    args.peakRunMin,
    args.easyPaceSecPerKm,
  );
  // Margins inside the band: the plan's real kilometres differ a little from this estimate.
  // The race's own gain caps each week (VertPlanner), so a flat ultra's big weeks stop there.
  return Math.max(fLo + 0.05, Math.min(fHi - 0.1, Math.max(policy.vertFactor.specific, need)));
}

/** A value rising through the phase from the range's low end to its high end. */
function alongPhase(frame: WeekFrame, range: readonly [number, number]): number {
  return (
    range[0] + ((range[1] - range[0]) * frame.weekInPhase) / Math.max(1, frame.phaseLength - 1)
  );
}

/** The phase's factor of the race's gain density for this week (before ramp limits). */
export function phaseVertFactor(frame: WeekFrame, specificFactor: number): number {
  switch (frame.phase) {
    case "base":
      return alongPhase(frame, policy.vertFactor.base);
    case "build":
      return alongPhase(frame, policy.vertFactor.build);
    case "specific":
    case "peak":
      return specificFactor;
    case "race":
      // A B race's mini-taper climbs as a taper does: the block after it climbs back from
      // there, at SP-1's 25% a week, instead of from a peak race week's few hundred metres.
      return frame.focus.mode === "peak" ? policy.vertFactor.race : policy.vertFactor.taper;
    case "recovery":
      // After a race whose legs come back in days (5K to half), the easy runs climb again as
      // in base: the block after it climbs back from there.
      return recoversInDays(frame.focus.category)
        ? policy.vertFactor.base[1]
        : policy.vertFactor.recovery;
    default:
      return policy.vertFactor[frame.phase];
  }
}
