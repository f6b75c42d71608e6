import { isUltra, rules } from "../constants.ts";
import { errorAt, type Finding } from "./finding.ts";
import { brokenBound, slack } from "./slack.ts";
import { hasUnavailableDays } from "./unavailable.ts";
import type { GoalFacts, PlanFacts, WeekFacts } from "./week-facts.ts";

/**
 * The vert a week climbs from: the last plan week before it that climbed, without days away
 * (a week the athlete was away is no level, as for PR-2; nor is a week that climbed nothing,
 * a race week of flat recovery runs: a rise from zero has no ratio). SP-1's rise is read
 * between plan weeks: unlike PR-3 and LR-1 it does not reach into the history, so the first
 * week starts in its band.
 */
function vertBefore(f: PlanFacts, week: WeekFacts): number | undefined {
  return f.weeks.findLast(
    (w) => w.index < week.index && !hasUnavailableDays(f, w) && w.training.vertM > 0,
  )?.training.vertM;
}

/**
 * SP-1 for one week: vert in its phase's band of the race's gain density (base 30–50%,
 * specific and peak 80–120%; a cutback or race week may sit below), rising ≤ 25% a week.
 */
function checkWeekVert(f: PlanFacts, week: WeekFacts): Finding[] {
  const out: Finding[] = [];
  const { goal } = week.terrain;
  const expected = (goal.elevationGainM / goal.distanceKm) * week.training.distanceKm;
  const vert = week.training.vertM;
  const before = vertBefore(f, week);
  const weekIndex = week.index;
  const phase = week.week.phase;
  const high =
    (phase === "base" ? rules.vertFactor.base[1] : rules.vertFactor.specific[1]) * expected;
  if ((phase === "base" || phase === "specific" || phase === "peak") && vert > high + slack.vertM) {
    out.push(
      errorAt("SP-1", week.path, { measure: "vertHigh", actual: vert, limit: high, weekIndex }),
    );
  }
  const low =
    (phase === "base" ? rules.vertFactor.base[0] : rules.vertFactor.specific[0]) * expected;
  // A week still rising at the 25% cap may sit below the band: SP-1 itself forbids a faster
  // climb (a short runway, or a runner whose history holds little climbing).
  const climbing =
    before !== undefined &&
    vert > before &&
    vert >= before * rules.vertRiseMax + before - slack.vertM;
  // An ultra week already climbing near the race's whole gain can't climb more (SP-1's ceiling).
  const atRaceGain =
    isUltra(week.terrain.category) && vert >= 0.9 * rules.peakVertOfRace[1] * goal.elevationGainM;
  const loading =
    (phase === "base" || phase === "specific" || phase === "peak") &&
    !week.isCutback &&
    !week.isRaceWeek &&
    !atRaceGain;
  if (loading && vert < low - slack.vertM && !climbing) {
    out.push(
      errorAt("SP-1", week.path, { measure: "vertLow", actual: vert, limit: low, weekIndex }),
    );
  }
  if (before !== undefined && vert > before * (1 + rules.vertRiseMax) + slack.vertRiseM) {
    const limit = before * (1 + rules.vertRiseMax);
    out.push(errorAt("SP-1", week.path, { measure: "vertRise", actual: vert, limit, weekIndex }));
  }
  return out;
}

/** SP-1 (ultras): the biggest vert week of those that climb for the race (it is their hilliest ahead). */
export function peakVertWeek(f: PlanFacts, g: GoalFacts): WeekFacts | undefined {
  return f.weeks
    .filter((w) => w.terrain === g)
    .reduce<WeekFacts | undefined>(
      (a, b) => (!a || b.training.vertM > a.training.vertM ? b : a),
      undefined,
    );
}

/** SP-1 (ultras): the biggest vert week lands at 0.6–1.0× the race's gain. */
function checkPeakVert(f: PlanFacts, g: GoalFacts): Finding[] {
  const peak = peakVertWeek(f, g);
  if (!peak) return [];
  const [lo, hi] = rules.peakVertOfRace;
  const gain = g.goal.elevationGainM;
  const limit = brokenBound(peak.training.vertM, lo * gain, hi * gain, slack.vertM);
  if (limit === undefined) return [];
  return [
    errorAt("SP-1", peak.path, {
      measure: "peakVert",
      actual: peak.training.vertM,
      limit,
      weekIndex: peak.index,
    }),
  ];
}

/** SP-1: weekly vert scales with the profile of the hilliest race ahead (goals with climbing only). */
export function checkVert(f: PlanFacts): Finding[] {
  const out: Finding[] = [];
  for (const week of f.weeks) {
    if (week.terrain.goal.elevationGainM > 0) out.push(...checkWeekVert(f, week));
  }
  for (const g of f.goals) {
    if (g.goal.elevationGainM > 0 && isUltra(g.category)) out.push(...checkPeakVert(f, g));
  }
  return out;
}
