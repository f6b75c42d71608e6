import { isUltra, rules } from "../constants.ts";
import type { PlanWarning } from "../schema/plan.ts";
import { blockWeeks, raceBeforeBlock } from "../validate/block-weeks.ts";
import { peakVertWeek } from "../validate/vert.ts";
import type { GoalFacts, PlanFacts, WeekFacts } from "../validate/week-facts.ts";
import { type WarningFact, warningOf } from "./warnings.ts";

const mostVert = (weeks: WeekFacts[]) => Math.max(0, ...weeks.map((w) => w.training.vertM));

/**
 * SP-1 for an ultra: its biggest climbing week under 60% of the race's gain, read two ways —
 * every week that climbs for it (the hilliest race ahead), and the weeks of its own block,
 * which after another race may be too few to climb back there.
 */
export function vertShortWarning(f: PlanFacts, g: GoalFacts): PlanWarning | undefined {
  const gainM = g.goal.elevationGainM;
  if (!isUltra(g.category) || gainM <= 0) return undefined;
  const least = gainM * rules.peakVertOfRace[0];
  const peak = peakVertWeek(f, g)?.training.vertM ?? Number.POSITIVE_INFINITY;
  const block = blockWeeks(f, g);
  const ownPeak = block.length > 0 ? mostVert(block) : Number.POSITIVE_INFINITY;
  if (peak >= least && ownPeak >= least) return undefined;
  const before = raceBeforeBlock(f, g);
  const fact: WarningFact = {
    code: "VERT_SHORT",
    raceGainM: gainM,
    peakVertM: Math.round(Math.min(peak, ownPeak)),
    ...(peak >= least && before ? { after: before.goal.name ?? before.goal.id } : {}),
  };
  return warningOf(fact);
}
