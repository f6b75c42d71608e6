import { policy } from "../constants.ts";
import { blockAhead, holdsTrainingRace, isLighterWeek, type WeekFrame } from "../macro/macro.ts";
import { recoveryShareOfPeak } from "./after-race.ts";
import { type BlockState, isLoading } from "./block.ts";
import type { RealizedWeek } from "./realized.ts";
import { raceWeekRun, taperWeekRun } from "./taper.ts";
import type { RaceWindow } from "./week-target.ts";

/** What the weeks already planned leave for the next one's running. */
export interface RunSoFar {
  frames: readonly WeekFrame[];
  realized: readonly RealizedWeek[];
  /** PR-4: the first week's running, near the athlete's usual week. */
  startRun: number;
  /** PR-2's week-to-week factor, a little inside the athlete's ramp cap. */
  rampFactor: number;
  /** The last full loading week's running: the ramp grows from it. */
  lastLoadingRun: number;
  /** The last full week's planned running and what it really ran (a taper falls from both). */
  lastFullTargetRun: number | undefined;
  lastFullWeekRun: number | undefined;
  /** Whether the last week had days the athlete can't train. */
  lastWasAway: boolean;
  /** The block's peak: its biggest loading week, or before any the last block's peak. */
  peakRun: number;
  /** PR-3 caps a week at 1.2× the four before: PR-1's cutback cuts less (`cutbackRunFactorTight`). */
  tightSpikeCap: boolean;
}

/** A week's running before caps, and for a peaked race week TP-2's band for its seven days. */
export interface PlannedRun {
  runMin: number;
  raceWindow?: RaceWindow;
}

/** The week's running before caps: the ramp, a cutback, a taper's fall or a share of the peak. */
export function plannedRun(frame: WeekFrame, block: BlockState, s: RunSoFar): PlannedRun {
  const previousRun = s.realized.at(-1)?.runMin ?? s.startRun;
  if (frame.index === 0 && frame.phase !== "race") return { runMin: s.startRun };
  // A training race week trains like a cutback around its race (MG-1).
  if (isLighterWeek(frame)) {
    // A cutback right after a training race week cuts from the full week before it, and a
    // lighter week right after days away from the last full week, not from the few days
    // the athlete could run (a training race week after a holiday).
    const last = s.frames[frame.index - 1];
    const skip = last !== undefined && holdsTrainingRace(last);
    const from = skip
      ? (s.realized.at(-2)?.runMin ?? previousRun)
      : s.lastWasAway
        ? Math.max(previousRun, s.lastFullWeekRun ?? 0)
        : previousRun;
    const tight = s.tightSpikeCap && from >= policy.tightCutbackFromMin;
    return { runMin: from * (tight ? policy.cutbackRunFactorTight : policy.cutbackRunFactor) };
  }
  if (isLoading(frame)) {
    // Grow evenly to reach the peak by the peak phase, never faster than the ramp cap (PR-2).
    const steps = Math.max(1, block.rampStepsLeft);
    const growth = Math.min(
      s.rampFactor,
      Math.max(1, (block.peak.runMin / s.lastLoadingRun) ** (1 / steps)),
    );
    // The first week after a race's recovery returns to the level it meant to leave, or
    // ramps from the recovery's last week when that is more.
    if (block.returnRunMin !== undefined && frame === block.frames[0])
      return { runMin: Math.max(block.returnRunMin, previousRun * growth) };
    return { runMin: s.lastLoadingRun * growth };
  }
  if (frame.phase === "taper") {
    // Falls week by week (TP-2) from last week's plan and what it really ran, unless travel
    // emptied that week; before any full week, from where the athlete is.
    const lastFull = Math.min(
      s.lastFullTargetRun ?? s.startRun,
      s.lastFullWeekRun ?? Number.POSITIVE_INFINITY,
    );
    return { runMin: taperWeekRun(frame, s.peakRun, raceDayOf(block) ?? 6, lastFull) };
  }
  if (frame.phase === "race" && frame.focus.mode !== "peak") {
    // MG-1: a B race's week is a mini-taper, lighter than the weeks around it. Its share is
    // for the six days before a Sunday race: a race earlier in the week has fewer, which
    // run as light (days after a race are its recovery, RC-1).
    return { runMin: (s.peakRun * policy.bRaceWeekOfPeak * (frame.raceDay ?? 6)) / 6 };
  }
  if (frame.phase === "race") {
    const race = raceWeekRun(frame, s.peakRun, s.realized.at(-1)?.dayRunMin ?? []);
    // Its target is no bigger than the taper week before it (a taper that fell from a
    // recovery sits under the block's peak, PR-3); the race's seven days still hold TP-2's
    // share of the peak (the window), the block's own: a block with no loading week (a race
    // five weeks after another) tapers from its recovery and its race week only falls.
    const tapered = s.frames[frame.index - 1]?.phase === "taper";
    const before = tapered ? s.realized.at(-1)?.runMin : undefined;
    return {
      runMin: before ? Math.min(race.runMin, before) : race.runMin,
      ...(block.maxTrainingRun > 0 ? { raceWindow: race.window } : {}),
    };
  }
  const share = recoveryRun(frame, s, frame.weekInPhase);
  // With another block to come, a recovery's weeks return toward the level before the race by
  // their shares of its peak, as the week after a cutback may (PR-2), PR-3 pacing the climb.
  // At the season's end nothing waits: after its first week the recovery ramps like any
  // week; after days away from the last full week too, not from the few days run.
  if (frame.weekInPhase === 0 || blockAhead(s.frames, frame)) return { runMin: share };
  const from = s.lastWasAway ? Math.max(previousRun, s.lastFullWeekRun ?? 0) : previousRun;
  return { runMin: Math.min(share, from * s.rampFactor) };
}

/** The running of the race's recovery week `weekInPhase`, as a share of the block's peak. */
export const recoveryRun = (
  frame: WeekFrame,
  s: Pick<RunSoFar, "frames" | "peakRun">,
  weekInPhase: number,
): number => s.peakRun * recoveryShareOfPeak(s.frames, frame, weekInPhase);

/** The weekday of the block's race, when it has one. */
export const raceDayOf = (block: BlockState): number | undefined =>
  block.frames.find((f) => f.phase === "race")?.raceDay;
