import { isUltra, rules } from "../constants.ts";
import type { Macro } from "../macro/macro.ts";
import type { ProfileResult } from "../profile/profile.ts";
import type { Plan, PlanWarning } from "../schema/plan.ts";
import {
  type GoalFacts,
  type PlanFacts,
  planFacts,
  type WeekFacts,
} from "../validate/week-facts.ts";
import { formWarnings } from "./form-warnings.ts";
import { historyWarnings } from "./history-warnings.ts";
import { peakVolumeWarnings } from "./peak-volume-warnings.ts";
import { vertShortWarning } from "./vert-warnings.ts";
import { aboutGoal, type WarningFact, warningOf } from "./warnings.ts";

const trainingPhases = new Set(["base", "build", "specific", "peak"]);

/**
 * The plan's warnings, read off the plan as built: what the runner should know because
 * the time to the race, their history or their constraints kept a rule from its usual
 * range (PH-2, PR-4, PR-5, SP-1, LR-4, TP-2, TP-3), and what the load model projects (LD-1, LD-2).
 */
export function planWarnings(plan: Plan, macro: Macro, profile: ProfileResult): PlanWarning[] {
  const facts: WarningFact[] = [];
  const p = profile.profile;
  if (profile.fallback === "no-history")
    facts.push({ code: "NO_HISTORY", weeklyMin: p.chronicWeeklyMin });
  if (profile.fallback === "little-recent-running")
    facts.push({ code: "LITTLE_RECENT_RUNNING", weeklyMin: p.chronicWeeklyMin });
  const warnings = facts.map(warningOf);
  warnings.push(...historyWarnings(profile.earlyEnd));
  const several = plan.goals.length > 1;
  const named = (g: GoalFacts) =>
    several ? { id: g.goal.id, name: g.goal.name ?? g.goal.id } : undefined;
  for (const r of macro.runways) {
    const goal = several ? r.goal : undefined;
    if (r.weeksMissing > 0)
      warnings.push(
        aboutGoal(warningOf({ code: "RUNWAY_SHORT", weeksMissing: r.weeksMissing }), goal),
      );
    if (r.weeksExtra > 0)
      warnings.push(aboutGoal(warningOf({ code: "RUNWAY_LONG", weeksExtra: r.weeksExtra }), goal));
  }

  const f = planFacts(plan);
  const first = f.weeks[0];
  const more: WarningFact[] = [];
  // A race so close that the plan opens in its taper (or its race week) starts under the
  // usual week by design (TP-2): said too, as PR-4's band is broken all the same.
  const tapering = first?.week.phase === "taper" || first?.week.phase === "race";
  if (
    first &&
    (trainingPhases.has(first.week.phase) || tapering) &&
    first.training.runMin < rules.firstWeekBand[0] * p.chronicWeeklyMin
  ) {
    // The athlete's own maximum under the band's floor is the cause, not their days.
    const max = f.constraints.maxWeeklyMin;
    const capped = max !== undefined && max < rules.firstWeekBand[0] * p.chronicWeeklyMin;
    more.push({
      code: "FIRST_WEEK_BELOW_USUAL",
      weekMin: first.training.runMin,
      usualMin: p.chronicWeeklyMin,
      ...(tapering ? { tapering } : capped ? { maxWeeklyMin: max } : {}),
    });
  }
  warnings.push(...more.map(warningOf), ...peakVolumeWarnings(f));

  for (const g of f.goals) {
    const own = f.weeks.filter((w) => w.goal === g);
    const vertShort = vertShortWarning(f, g);
    if (vertShort) warnings.push(aboutGoal(vertShort, named(g)));
    // The weeks that build its endurance (the longest race ahead), and its own block's.
    const specific = f.weeks.filter(
      (w) =>
        (w.endurance === g || w.goal === g) &&
        (w.week.phase === "specific" || w.week.phase === "peak"),
    );
    if (isUltra(g.category) && missesBackToBacks(specific))
      warnings.push(aboutGoal(warningOf({ code: "FEW_BACK_TO_BACKS" }), named(g)));
    const light = g.goal.mode === "peak" ? lightRaceWeek(f, g, own) : undefined;
    if (light) warnings.push(aboutGoal(warningOf(light), named(g)));
    // TP-3 can't hold when the runner races the day before: say so.
    const eve = f.goals.find((o) => o.raceDay === g.raceDay - 1);
    if (eve)
      warnings.push(warningOf({ code: "RACES_BACK_TO_BACK", first: eve.goal, second: g.goal }));
  }
  warnings.push(...formWarnings(f));
  return warnings;
}

/** LR-4: some run of three specific/peak weeks (or the whole block, if shorter) without a back-to-back weekend. */
function missesBackToBacks(weeks: { backToBacks: unknown[] }[]): boolean {
  // A block shorter than the gap is read whole: two weeks without one miss it too.
  if (weeks.length < 2) return false;
  const gap = Math.min(rules.backToBackMaxGapWeeks, weeks.length);
  for (let i = 0; i + gap <= weeks.length; i++) {
    if (weeks.slice(i, i + gap).every((w) => w.backToBacks.length === 0)) return true;
  }
  return false;
}

/**
 * TP-2's lower side: the seven days before the race lighter than 40% of the peak, or on
 * fewer days than 80% of the peak weeks' — when rest days or an early-week race leave too
 * few days to run. Lighter is the safe side; the runner is told.
 */
function lightRaceWeek(f: PlanFacts, goal: GoalFacts, own: WeekFacts[]): WarningFact | undefined {
  const loading = own.filter((w) => trainingPhases.has(w.week.phase));
  const peak = Math.max(0, ...loading.map((w) => w.training.runMin));
  if (peak <= 0) return undefined;
  const window = f.days.slice(Math.max(0, goal.raceDay - 7), goal.raceDay);
  const share = window.reduce((sum, d) => sum + d.training.runMin, 0) / peak;
  const runDays = f.days
    .slice(Math.max(0, goal.raceDay - 6), goal.raceDay + 1)
    .filter((d) => d.isRunDay).length;
  const kept = Math.ceil(rules.taperFrequencyKept * Math.max(0, ...loading.map((w) => w.runDays)));
  if (share >= rules.taperDropByRaceWeek[0] && runDays >= kept) return undefined;
  return { code: "RACE_WEEK_LIGHT", sharePct: Math.round(share * 100), runDays };
}
