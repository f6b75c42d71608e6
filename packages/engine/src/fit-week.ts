import { policy, rules } from "./constants.ts";
import type { Week } from "./schema/plan.ts";
import { isLoading } from "./targets/block.ts";
import { type RealizedWeek, realizedOf } from "./targets/realized.ts";
import type { TargetPlanner } from "./targets/targets.ts";
import { dropLongRun, type WeekTarget } from "./targets/week-target.ts";

/** A week as built from its target, and what it really holds. */
export interface BuiltWeek<P extends { week: Week }> {
  target: WeekTarget;
  planned: P;
  realized: RealizedWeek;
}

/**
 * The targets stage estimates a week's load and rounds nothing; the built week rounds its
 * sessions. Read the built week against PR-3 and PR-1 and rebuild it when it misses: down
 * when over the spike cap, back up when the estimate cut it far under, and into the
 * cutback's band when rounding left it outside.
 */
export function fitWeek<P extends { week: Week }>(
  first: BuiltWeek<P>,
  planner: TargetPlanner,
  build: (t: WeekTarget) => P,
  before: RealizedWeek | undefined,
  rampLimitMin: number,
): BuiltWeek<P> {
  let built = first;
  const frame = first.target.frame;
  const rebuild = (t: WeekTarget): BuiltWeek<P> => {
    const planned = build(t);
    return { target: t, planned, realized: realizedOf(planned.week) };
  };
  // The factor that brings the built week's load just under a ceiling.
  const toCeiling = (ceiling: number) => (ceiling / built.realized.load) * policy.spikeRefitShare;
  // A peaked race week falls from its taper, unless the taper's runs sat at their floors.
  const peaked = frame.phase === "race" && frame.focus.mode === "peak";
  if (peaked && built.realized.load <= planner.loadCeiling()) return built;
  for (let attempt = 0; attempt < 3; attempt++) {
    const ceiling = planner.loadCeiling();
    if (built.realized.load <= ceiling) break;
    built = rebuild(planner.rescale(built.target, toCeiling(ceiling)));
  }
  const ceiling = planner.loadCeiling();
  // Runs at their floors over the cap: a loading week, or a race week, gives its load to
  // fewer runs, down to one (a race week's: the race alone).
  const mayRunFewer = isLoading(frame) || frame.phase === "race";
  for (let days = built.target.runDays - 1; mayRunFewer && days >= 1; days--) {
    if (built.realized.load <= ceiling) break;
    const retry = rebuild(planner.rescale(withRunDays(built.target, days), toCeiling(ceiling)));
    if (retry.realized.load <= ceiling) built = retry;
  }
  // An estimate cut deep under the spike cap would compound week after week: refill it.
  if (
    isLoading(frame) &&
    built.target.limitedBy === "load-spike" &&
    built.realized.load > 0 &&
    built.realized.load < ceiling * policy.refillBelowCeiling
  ) {
    const room = (built.target.beforeSpikeRunMin ?? built.target.runMin) / built.target.runMin;
    const most = Math.min(policy.rebuildRefillMax, room, toCeiling(ceiling));
    // A full refill may add a session at its floor and pass the ceiling again: refill less.
    for (const share of policy.refillShares) {
      const factor = 1 + (most - 1) * share;
      if (factor <= 1) break;
      const refilled = rebuild(planner.rescale(built.target, factor));
      if (refilled.realized.load > ceiling) continue;
      built = refilled;
      break;
    }
  }
  if (frame.kind === "cutback") return fitCutback(built, planner, rebuild, before);
  // PR-1 reads a week mostly away as its stretch's lighter week only when it fell a cutback's
  // drop; its few days may round it back over: aim lower until it does.
  if (frame.away && before)
    return fitUnder(built, planner, rebuild, before.runMin * (1 - rules.cutbackMinDrop), {
      aims: policy.fitUnderAims,
    });
  // TP-2: each taper week runs less than the one before; sessions at their floors may round
  // it back up to it.
  if (frame.phase === "taper" && frame.weekInPhase > 0 && before && before.runMin > 0)
    return fitUnder(built, planner, rebuild, before.runMin - 1, { aims: policy.fitUnderAims });
  // A recovery's later weeks ramp back like any loading week (PR-2).
  const ramping = isLoading(frame) || (frame.phase === "recovery" && frame.weekInPhase > 0);
  if (!ramping) return built;
  const ramped = fitUnder(built, planner, rebuild, rampLimitMin, { mayDropRunDay: true });
  return frame.index === 0 ? fitFirstWeek(ramped, planner, rebuild) : ramped;
}

/**
 * PR-4: the first week's sessions round and clip under 90% of the athlete's usual week; scale
 * it back into the band when the days, the weekly maximum and PR-3 leave room.
 */
function fitFirstWeek<P extends { week: Week }>(
  built: BuiltWeek<P>,
  planner: TargetPlanner,
  rebuild: (t: WeekTarget) => BuiltWeek<P>,
): BuiltWeek<P> {
  const { low, high, aim } = planner.firstWeekBand();
  const { runMin } = built.realized;
  if (runMin >= low || runMin <= 0) return built;
  for (const over of [1, 1.05, 1.1, 1.2]) {
    const retry = rebuild(planner.rescale(built.target, (aim * over) / runMin, false));
    const run = retry.realized.runMin;
    if (
      run >= low &&
      run <= high &&
      retry.realized.load <= planner.loadCeiling() &&
      planner.underWeeklyMax(retry.planned.week.totals.volumeMin)
    )
      return retry;
  }
  return built;
}

interface FitUnderOptions {
  /** Shares of the limit aimed at in turn. */
  aims?: readonly number[];
  /** Whether the week may run one day fewer (a loading week; a taper keeps TP-2's days). */
  mayDropRunDay?: boolean;
}

/**
 * PR-2: small weeks round their sessions over the ramp cap (or a week away over its lighter
 * week's ceiling); bring them back under it.
 */
function fitUnder<P extends { week: Week }>(
  built: BuiltWeek<P>,
  planner: TargetPlanner,
  rebuild: (t: WeekTarget) => BuiltWeek<P>,
  limit: number,
  { aims = [0.98, 0.95, 0.9], mayDropRunDay = false }: FitUnderOptions = {},
): BuiltWeek<P> {
  const { runMin } = built.realized;
  if (runMin <= limit) return built;
  // Scaled from the larger of the two: a week its days could not fill ran under its target,
  // and a target cut by the realized week's excess alone would still be over the cap.
  const from = Math.max(runMin, built.target.runMin);
  const fits = (b: BuiltWeek<P>) =>
    b.realized.runMin <= limit && b.realized.load <= planner.loadCeiling();
  for (const aim of aims) {
    const retry = rebuild(planner.rescale(built.target, (limit * aim) / from, false));
    if (!fits(retry)) continue;
    // Scaling down may drop a session at its floor and leave the week far under the limit
    // (36 minutes over two runs cut to one run of 21 against a limit of 28); every later
    // week ramps from it (PR-2). Aim again from what the retry really holds.
    if (retry.realized.runMin >= limit * policy.fitUnderKeptShare || retry.realized.runMin <= 0)
      return retry;
    // Refilled on the days it kept: on its old days it would take back the dropped session.
    const held = mayDropRunDay ? withRunDays(retry.target, runDaysHeld(retry)) : retry.target;
    for (const refillAim of [1, aim]) {
      const refill = rebuild(
        planner.rescale(held, (limit * refillAim) / retry.realized.runMin, false),
      );
      if (fits(refill) && refill.realized.runMin > retry.realized.runMin) return refill;
    }
    return retry;
  }
  // Every run at its floor and still over the cap (a 16-minute session and a 20-minute long
  // run against 35): the week's minutes go to one run fewer.
  if (mayDropRunDay && built.target.runDays > 1) {
    const fewer = withRunDays(built.target, built.target.runDays - 1);
    for (const aim of [1, ...aims]) {
      const retry = rebuild(planner.rescale(fewer, (limit * aim) / fewer.runMin, false));
      if (fits(retry)) return retry;
    }
  }
  return built;
}

/** The week on fewer run days; a week left one run runs its session, not a long run. */
function withRunDays(t: WeekTarget, runDays: number): WeekTarget {
  if (runDays >= t.runDays || runDays < 1) return t;
  const fewer = { ...t, runDays };
  if (runDays === 1) dropLongRun(fewer);
  return fewer;
}

/** The days a built week runs on, its training races' days among them. */
const runDaysHeld = (b: BuiltWeek<{ week: Week }>): number =>
  b.realized.dayRunMin.filter((m) => m > 0).length + b.target.frame.trainingRaces.length;

/** PR-1: small weeks round their sessions out of the cutback's 20–35% band; aim at its middle. */
function fitCutback<P extends { week: Week }>(
  built: BuiltWeek<P>,
  planner: TargetPlanner,
  rebuild: (t: WeekTarget) => BuiltWeek<P>,
  before: RealizedWeek | undefined,
): BuiltWeek<P> {
  const { runMin } = built.realized;
  if (!before || before.runMin <= 0 || runMin <= 0) return built;
  const inBand = (x: number) => {
    const drop = 1 - x / before.runMin;
    return drop >= rules.cutbackMinDrop && drop <= rules.cutbackMaxDrop;
  };
  if (inBand(runMin)) return built;
  const wanted = before.runMin * (1 - (rules.cutbackMinDrop + rules.cutbackMaxDrop) / 2);
  // Sessions round to whole minutes and drop below their shortest: try around the middle,
  // then with a run day more when the week fell under the band (its runs at their floors) or
  // one fewer when it stayed over it.
  const shift = runMin < wanted ? 1 : -1;
  const fits = (b: BuiltWeek<P>) =>
    inBand(b.realized.runMin) && b.realized.load <= planner.loadCeiling();
  for (const runDays of [built.target.runDays, built.target.runDays + shift]) {
    if (runDays < 1 || runDays > planner.mostRunDays(built.target.availability)) continue;
    const target = { ...built.target, runDays };
    for (const aim of policy.cutbackFitAims) {
      const retry = rebuild(planner.rescale(target, (wanted * aim) / runMin, false));
      if (fits(retry)) return retry;
    }
  }
  // Days that can't hold what the session's cut frees (capped weekdays, LR-3's share of the
  // long run): the session keeps its work, and the week its band.
  if (runMin < wanted && !built.target.wholeSessions) {
    const whole = rebuild({ ...built.target, wholeSessions: true });
    if (fits(whole)) return whole;
  }
  return built;
}
