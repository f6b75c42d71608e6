import { policy, rules } from "../constants.ts";
import { type PlanConstraints, weeklyMaxMin } from "../constraints.ts";
import type { WeekFrame } from "../macro/macro.ts";
import type { WeekAvailability } from "../microcycle/availability.ts";
import { type BlockState, isLoading } from "./block.ts";
import type { NonRunTargets } from "./non-run.ts";
import { aroundRaceCapacity } from "./race-capacity.ts";
import { nextCutbackCapacity, veryEasyWeekCap, weekCapacity } from "./week-days.ts";
import { nonRunMinOf, type WeekTarget } from "./week-target.ts";

/** What a week's running is capped by before PR-3. */
export interface CapsInput {
  frames: readonly WeekFrame[];
  frame: WeekFrame;
  availability: WeekAvailability;
  runDays: number;
  longDay: number | undefined;
  block: BlockState;
  constraints: PlanConstraints;
  /** LR-1 and LR-2: no run of the week is longer. */
  maxRunMin: number;
  /** The week's strength and mobility for a given running. */
  nonRunOf: (runMin: number) => NonRunTargets;
  /** A B race's mini-taper: its easy runs' longest (MG-1). */
  easyRunMaxMin?: number;
}

/**
 * The week's running under what its days hold, the room its next cutback leaves (PR-1) and
 * the athlete's weekly maximum (PR-4), and which of them capped it.
 */
export function capRun(
  planned: number,
  x: CapsInput,
): { runMin: number; limitedBy?: WeekTarget["limitedBy"] } {
  const { frames, frame, availability, constraints: c, block } = x;
  let run = planned;
  let limitedBy: WeekTarget["limitedBy"];
  const capacity = Math.min(
    weekCapacity(availability, x.runDays, x.longDay, c, Math.min(block.peakLong, x.maxRunMin)),
    veryEasyWeekCap(frames, frame, availability),
  );
  // The race and its eve hold a race week's days, RC-1's short runs a recovery week's; their
  // whys tell those weeks.
  const aroundRace = aroundRaceCapacity(frames, frame, availability, x.runDays, c, {
    maxRunMin: x.maxRunMin,
    ...(x.easyRunMaxMin === undefined ? {} : { easyRunMaxMin: x.easyRunMaxMin }),
  });
  if (run > Math.min(capacity, aroundRace)) {
    run = Math.min(capacity, aroundRace);
    if (capacity <= aroundRace) limitedBy = "capacity";
  }
  // PR-1: next week's cutback falls at most 35% from this one; when its days can hold
  // little (a mini-taper's weekend closed, weekdays capped), this week runs no more than
  // that allows.
  if (isLoading(frame)) {
    const nextCapacity = nextCutbackCapacity(frames, frame, c, block.peakLong);
    const room = (nextCapacity / (1 - rules.cutbackMaxDrop)) * policy.nextCutbackMargin;
    if (run > room) {
      run = room;
      limitedBy = "capacity";
    }
  }
  // PR-4: the athlete's weekly maximum holds strength and mobility too (a strength session
  // keeps its 20 minutes however small the week).
  const maxWeekly = weeklyMaxMin(c);
  const withinMax = (r: number) => r + nonRunMinOf(x.nonRunOf(r)) <= maxWeekly;
  if (!withinMax(run)) {
    run = longestRunWithin(Math.floor(run), withinMax);
    limitedBy = "max-weekly";
  }
  return limitedBy ? { runMin: run, limitedBy } : { runMin: run };
}

/**
 * The most running, in whole minutes up to `upTo`, that `fits`: the week's strength and
 * mobility grow with its running in steps, so the two together rise with it and a halving
 * search finds the edge.
 */
function longestRunWithin(upTo: number, fits: (runMin: number) => boolean): number {
  let [lo, hi] = [0, upTo];
  if (!fits(lo)) return 0;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
