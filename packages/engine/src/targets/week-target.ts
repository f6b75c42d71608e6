import { isLighterWeek, type WeekFrame } from "../macro/macro.ts";
import type { WeekAvailability } from "../microcycle/availability.ts";
import type { NonRunTargets } from "./non-run.ts";

/** What the targets stage decides for one week; the microcycle and workouts realise it. */
export interface WeekTarget {
  frame: WeekFrame;
  availability: WeekAvailability;
  runDays: number;
  /** Running minutes without the race. */
  runMin: number;
  longRunMin: number;
  /** LR-1: no run of the week may pass 1.2× the longest run of the 30 days before it. */
  maxRunMin: number;
  /** The most the long run may grow to when the week's other runs fall short (LR-1, PR-1). */
  longRunCeilingMin: number;
  /**
   * LR-1 in a rebuilt week followed by a kept one: the long run ends no shorter than this, for
   * the kept week's long run to step up from it.
   */
  longRunKeepMin?: number;
  /** LR-5: a long run two days before a training race stays under 3 hours. */
  longRunMaxMin?: number;
  longRunDay?: number;
  backToBack: boolean;
  mediumLongMin: number;
  mediumLongDay?: number;
  vertM: number;
  qualityMin: number;
  nonRun: NonRunTargets;
  /** Running minutes the ramp, cutbacks and caps allow, before PR-3's load-spike cut. */
  beforeSpikeRunMin?: number;
  /**
   * What capped this week's volume below the plan's curve, for the explanation: PR-3, or what
   * the weeks after a race can hold under it, the weekly maximum, its days.
   */
  limitedBy?: "load-spike" | "load-hold" | "max-weekly" | "capacity";
  /** A B race's mini-taper: its easy runs no longer than the last loading week's (MG-1). */
  easyRunMaxMin?: number;
  /** Race week: the training minutes its pre-race days may hold so that the seven days before the race keep 40–60% of the peak (TP-2). */
  raceWindowMin?: RaceWindow;
  /** Race week: easy running on the days after a race that recovers in days, at the first recovery week's level (RC-1). */
  afterRaceMin?: number;
  /**
   * The week before a race: its runs from `fromDay` on fall in the race's seven days (the
   * last taper week, TP-2) or in a B race's mini-taper (MG-1), and hold at most `maxMin`.
   */
  raceWindowTail?: {
    fromDay: number;
    maxMin: number;
    miniTaper?: true;
    /** The least the week runs, its end lightened: a cutback labelled the mini-taper stays in PR-1's band. */
    leastWeekRunMin?: number;
  };
  /**
   * A lighter week's sessions keep the last loading week's work, WORKOUTS.md's cut lifted:
   * its days could not hold what the cut frees without falling past PR-1's band.
   */
  wholeSessions?: true;
}

/**
 * A cutback, a taper, a week holding a race, a race's recovery, or a week with days the
 * athlete can't train: PR-2 reads the week after it against the last full week before it.
 */
export const isLighterTarget = (t: WeekTarget): boolean =>
  isLighterWeek(t.frame) ||
  t.frame.phase === "taper" ||
  t.frame.phase === "race" ||
  t.frame.phase === "recovery" ||
  t.frame.trainingRaces.length > 0 ||
  t.availability.unavailable.some(Boolean);

export const nonRunMinOf = (n: NonRunTargets): number =>
  n.strengthSessions * n.strengthMin + n.mobilityMin;

/** The week without its long run (a week left one run runs its session instead). */
export function dropLongRun(t: WeekTarget): void {
  Object.assign(t, { longRunMin: 0, mediumLongMin: 0, backToBack: false });
  delete t.longRunDay;
  delete t.mediumLongDay;
}

/**
 * TP-2's band for a race week's pre-race days: `band` is what they aim for, `floorMin` the
 * least the seven days' floor asks of them (the aim may be higher, for the race's own week).
 */
export interface RaceWindow {
  band: [number, number];
  floorMin: number;
}
