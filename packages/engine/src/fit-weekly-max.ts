import { type BuiltWeek, fitUnder, type Rebuild } from "./fit-under.ts";
import type { Week } from "./schema/plan.ts";
import { isLoading } from "./targets/block.ts";
import type { TargetPlanner } from "./targets/targets.ts";
import type { WeekTarget } from "./targets/week-target.ts";
import { strengthBand } from "./validate/specificity.ts";

/**
 * PR-4: the targets stay under the athlete's weekly maximum, but sessions at their floors may
 * round the week over it; aim its running lower by what it passes the maximum by.
 */
export function fitWeeklyMax<P extends { week: Week }>(
  built: BuiltWeek<P>,
  planner: TargetPlanner,
  rebuild: Rebuild<P>,
): BuiltWeek<P> {
  const { trainingMin, runMin } = built.realized;
  if (planner.underWeeklyMax(trainingMin)) return built;
  const limit = runMin - (trainingMin - planner.weeklyMaxMin());
  const fitted = fitUnder(built, planner, rebuild, limit, {
    mayDropRunDay: isLoading(built.target.frame),
  });
  if (planner.underWeeklyMax(fitted.realized.trainingMin)) return fitted;
  // Runs at their floors (a recovery week's easy run beside strength and mobility): the
  // extras give way, mobility first, then the strength SP-2 can spare.
  for (const lighter of withFewerExtras(built.target)) {
    const retry = rebuild(lighter);
    if (planner.underWeeklyMax(retry.realized.trainingMin)) return retry;
  }
  return built;
}

/** The week without its mobility, then also without the strength sessions SP-2 doesn't ask for. */
function withFewerExtras(t: WeekTarget): WeekTarget[] {
  const { nonRun, frame } = t;
  const kept = frame.terrain.surface !== "road" ? (strengthBand[frame.phase]?.[0] ?? 0) : 0;
  const noMobility = { ...nonRun, mobilityMin: 0 };
  const out: WeekTarget[] = [];
  if (nonRun.mobilityMin > 0) out.push({ ...t, nonRun: noMobility });
  if (nonRun.strengthSessions > kept)
    out.push({ ...t, nonRun: { ...noMobility, strengthSessions: kept } });
  return out;
}
