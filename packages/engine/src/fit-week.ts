import { policy, rules } from "./constants.ts";
import { type BuiltWeek, fitUnder, type Rebuild, withRunDays } from "./fit-under.ts";
import { fitWeeklyMax } from "./fit-weekly-max.ts";
import type { Week } from "./schema/plan.ts";
import { isLoading } from "./targets/block.ts";
import { type RealizedWeek, realizedOf } from "./targets/realized.ts";
import type { TargetPlanner } from "./targets/targets.ts";
import type { WeekTarget } from "./targets/week-target.ts";

/**
 * The targets stage estimates a week's load and rounds nothing; the built week rounds its
 * sessions. Read the built week against PR-3 and PR-1 and rebuild it when it misses: down
 * when over the spike cap, back up when the estimate cut it far under, and into the
 * cutback's band when rounding left it outside; last, under the athlete's weekly maximum.
 */
export function fitWeek<P extends { week: Week }>(
  first: BuiltWeek<P>,
  planner: TargetPlanner,
  build: (t: WeekTarget) => P,
  before: RealizedWeek | undefined,
  rampLimitMin: number,
): BuiltWeek<P> {
  const rebuild: Rebuild<P> = (t) => {
    const planned = build(t);
    return { target: t, planned, realized: realizedOf(planned.week) };
  };
  const fitted = fitToRules(first, planner, rebuild, before, rampLimitMin);
  return fitWeeklyMax(fitted, planner, rebuild);
}

function fitToRules<P extends { week: Week }>(
  first: BuiltWeek<P>,
  planner: TargetPlanner,
  rebuild: Rebuild<P>,
  before: RealizedWeek | undefined,
  rampLimitMin: number,
): BuiltWeek<P> {
  let built = first;
  const frame = first.target.frame;
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
    built.target.runMin > 0 &&
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
 * it back into the band when the days, the weekly maximum and PR-3 leave room: at its usual
 * start or a little over, last at the band's floor, which PR-3's ceiling may still hold.
 */
function fitFirstWeek<P extends { week: Week }>(
  built: BuiltWeek<P>,
  planner: TargetPlanner,
  rebuild: Rebuild<P>,
): BuiltWeek<P> {
  const { low, high, aim, volumeTop } = planner.firstWeekBand();
  const { runMin, trainingMin } = built.realized;
  if (runMin <= 0) return built;
  if (runMin >= low)
    return trainingMin > volumeTop ? underVolumeTop(built, planner, rebuild) : built;
  // The first week in the band, and under its top with strength counted when one is.
  let inBand: BuiltWeek<P> | undefined;
  const between = (aim + low) / 2;
  for (const aimMin of [aim, aim * 1.05, aim * 1.1, aim * 1.2, between, Math.ceil(low)]) {
    const retry = rebuild(planner.rescale(built.target, aimMin / runMin, false));
    const run = retry.realized.runMin;
    if (
      run >= low &&
      run <= high &&
      retry.realized.load <= planner.loadCeiling() &&
      planner.underWeeklyMax(retry.realized.trainingMin)
    ) {
      if (retry.realized.trainingMin <= volumeTop) return retry;
      inBand ??= retry;
    }
  }
  return inBand ?? built;
}

/**
 * PR-4 read on every minute: sessions rounded up may carry the first week's running and its
 * strength over the band's top; aim the running lower, as long as it stays in the band.
 */
function underVolumeTop<P extends { week: Week }>(
  built: BuiltWeek<P>,
  planner: TargetPlanner,
  rebuild: Rebuild<P>,
): BuiltWeek<P> {
  const { low, volumeTop } = planner.firstWeekBand();
  const { runMin, trainingMin } = built.realized;
  for (const less of policy.firstWeekTrimsMin) {
    const aimMin = runMin - (trainingMin - volumeTop) - less;
    if (aimMin < low) break;
    const retry = rebuild(planner.rescale(built.target, aimMin / runMin, false));
    if (retry.realized.runMin >= low && retry.realized.trainingMin <= volumeTop) return retry;
  }
  return built;
}

/** PR-1: small weeks round their sessions out of the cutback's 20–35% band; aim at its middle. */
function fitCutback<P extends { week: Week }>(
  built: BuiltWeek<P>,
  planner: TargetPlanner,
  rebuild: Rebuild<P>,
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
