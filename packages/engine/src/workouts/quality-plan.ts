import { type DistanceCategory, isMarathonOrLonger, policy, rules } from "../constants.ts";
import type { PhaseKind, WeekKind } from "../schema/plan.ts";
import { isLoading } from "../targets/block.ts";
import type { RealizedWeek } from "../targets/realized.ts";
import { isLighterTarget, type WeekTarget } from "../targets/week-target.ts";

/** How a week's quality minutes are shared out before the sessions are built. */
export interface QualityPlan {
  stridesRuns: number;
  /** Minutes of z3 at the end of the long run (race effort, progression). */
  longFinishMin: number;
  /** Work minutes for each hard session and for the moderate one. */
  hardWorkMin: number;
  moderateWorkMin: number;
}

const stridesMin = 2;

export function planQuality(args: {
  qualityMin: number;
  phase: PhaseKind;
  kind: WeekKind;
  category: DistanceCategory;
  longRunMin: number;
  hardSessions: number;
  moderateSessions: number;
  easyRuns: number;
  /** The most work a session may hold (a cutback's or a taper's cut, WORKOUTS.md). */
  sessionWorkCapMin?: number;
}): QualityPlan {
  const { phase } = args;
  let left = args.qualityMin;
  const stridesRuns =
    phase === "recovery"
      ? 0
      : Math.min(args.easyRuns, phase === "base" || phase === "taper" || phase === "race" ? 2 : 1);
  left -= stridesRuns * stridesMin;
  // Race-effort finishes belong to the long runs of the specific and peak weeks (SP-4).
  let longFinishMin = 0;
  if (
    (phase === "specific" || phase === "peak") &&
    isMarathonOrLonger(args.category) &&
    args.longRunMin >= 60
  ) {
    longFinishMin = Math.min(Math.round(args.longRunMin * 0.2), 60, Math.round(left * 0.45));
    left -= longFinishMin;
  }
  const sessions = args.hardSessions + args.moderateSessions;
  const each = Math.min(
    sessions > 0 ? Math.max(0, left) / sessions : 0,
    args.sessionWorkCapMin ?? Number.POSITIVE_INFINITY,
  );
  return {
    stridesRuns,
    longFinishMin: Math.max(0, longFinishMin),
    hardWorkMin: each,
    moderateWorkMin: each,
  };
}

/**
 * WORKOUTS.md: a cutback's sessions (a lighter week's around days away too) hold ~30% less
 * work, a taper's and a peaked race week's ~45% less, than the last loading week's biggest
 * session (`before` and `realizedBefore`: the weeks planned so far, as targeted and as built).
 */
export function sessionWorkCap(
  t: WeekTarget,
  before: readonly WeekTarget[],
  realizedBefore: readonly RealizedWeek[],
): number | undefined {
  const { frame } = t;
  const cut =
    frame.phase === "taper" || (frame.phase === "race" && frame.focus.mode === "peak")
      ? rules.sessionWorkCut.taper
      : frame.kind === "cutback" || frame.away
        ? rules.sessionWorkCut.cutback
        : undefined;
  if (cut === undefined || t.wholeSessions) return undefined;
  const loading = before.findLastIndex(
    (b, i) => isLoading(b.frame) && !isLighterTarget(b) && (realizedBefore[i]?.keyWorkMin ?? 0) > 0,
  );
  const work = realizedBefore[loading]?.keyWorkMin ?? 0;
  return work >= policy.sessionWorkCutFromMin ? work * (1 - cut) : undefined;
}

/** Most of the long run that may be run above easy: the rest stays z2 (IN-1). */
export function maxLongFinish(phase: PhaseKind, longRunMin: number, backToBack: boolean): number {
  if (phase === "base") return Math.min(25, Math.round(longRunMin * 0.15));
  if (phase === "recovery" || phase === "race") return 0;
  // A long run under 2 h outside a back-to-back is no stress anchor: its finish stays short
  // enough to keep it easy, never IN-2's third session.
  const anchor = backToBack || longRunMin >= rules.anchorLongRunMin;
  const share = anchor ? policy.anchorLongFinishShare : policy.easyLongFinishShare;
  return Math.min(60, Math.floor(longRunMin * share));
}

/** Keep this far inside IN-1's band, so rounding never tips a week out of it. */
const bandMargin = 0.015;

/** IN-1 as a share of quality (z3–z5) in the week's training minutes: [lowest, highest]. */
export function qualityBand(phase: PhaseKind): [number, number] {
  const e = rules.easyShare;
  if (phase === "race" || phase === "recovery") return [0, 1 - e.floor - bandMargin];
  const easiest = phase === "base" ? e.baseMax : e.max;
  return [1 - easiest + bandMargin, 1 - e.min - bandMargin];
}
