import { categoryOf, isMarathonOrLonger, policy, recoveryNoHardDays } from "./constants.ts";
import { resolveConstraints } from "./constraints.ts";
import { epochDayOf } from "./dates.ts";
import { type WarningFact, warningOf } from "./explain/warnings.ts";
import { buildMacro } from "./macro/macro.ts";
import { weekPlan } from "./week-plan.ts";
import { emptyCarryOver } from "./microcycle/layout.ts";
import { parseScenario } from "./parse.ts";
import { buildProfile } from "./profile/profile.ts";
import { predictRaceMin } from "./profile/race-time.ts";
import { err, ok, type Result } from "./result.ts";
import type { InputIssue } from "./schema/issues.ts";
import type { Plan, Week } from "./schema/plan.ts";
import { buildTargets } from "./targets/targets.ts";

export interface GenerateOptions {
  /** The day the plan is made (ISO); defaults the start date and rejects past races. */
  today: string;
  /** Overrides the scenario's seed. */
  seed?: number;
}

/** scenario → plan: parse, profile, macro, targets, then microcycle, workouts and explain week by week. */
export function generatePlan(input: unknown, options: GenerateOptions): Result<Plan, InputIssue[]> {
  const parsed = parseScenario(input, options.today);
  if (!parsed.ok) return err(parsed.error);
  const scenario = parsed.value;
  const seed = options.seed ?? scenario.seed;
  const goal = scenario.goals[0];
  if (!goal) return err([{ field: "goals", message: "needs at least one goal" }]);
  const category = categoryOf(goal.distanceKm);
  const { profile, history, paces, fallback } = buildProfile(scenario.athlete, scenario.startDate);
  const constraints = resolveConstraints(scenario.constraints, profile.level);
  const macro = buildMacro(scenario.startDate, goal, category, profile.cutbackEvery);
  const targets = buildTargets({ frames: macro.weeks, profile, history, goal: { ...goal, category }, constraints });

  const raceTimeMin = predictRaceMin(paces.vdot, goal.distanceKm, goal.elevationGainM);
  const fuelingWeeks = isMarathonOrLonger(category)
    ? targets.weeks.filter((t) => t.frame.phase === "specific" || t.frame.phase === "peak").map((t) => t.frame.index)
    : [];
  const weeks: Week[] = [];
  let carry = emptyCarryOver;
  for (const [i, target] of targets.weeks.entries()) {
    const planned = weekPlan({
      target,
      previous: targets.weeks[i - 1],
      targets: targets.weeks,
      seed,
      carry,
      level: profile.level,
      raceDay: epochDayOf(goal.date),
      recoveryNoHardDays: recoveryNoHardDays[category],
      goal: { ...goal, category, name: goal.name ?? goal.id },
      paces: paces.bySecPerKm,
      raceTimeMin,
      constraints,
      profile,
      peakRunMin: Math.max(...targets.weeks.map((t) => (t.frame.phase === "taper" ? 0 : t.runMin))),
      fuelingGPerHour: fuelingFor(fuelingWeeks, target.frame.index),
    });
    carry = planned.carry;
    weeks.push(planned.week);
  }

  const facts: WarningFact[] = [];
  if (fallback === "no-history") facts.push({ code: "NO_HISTORY", weeklyMin: profile.chronicWeeklyMin });
  if (fallback === "little-recent-running") facts.push({ code: "LITTLE_RECENT_RUNNING", weeklyMin: profile.chronicWeeklyMin });
  if (macro.weeksMissing > 0) facts.push({ code: "RUNWAY_SHORT", weeksMissing: macro.weeksMissing });
  if (macro.weeksExtra > 0) facts.push({ code: "RUNWAY_LONG", weeksExtra: macro.weeksExtra });
  const peakRun = Math.max(...targets.weeks.filter((t) => t.frame.phase !== "race").map((t) => t.runMin));
  if (targets.peak.status === "below-range") facts.push({ code: "PEAK_BELOW_RANGE", peakMin: peakRun, rangeMin: targets.peak.rangeMin });
  if (targets.peak.status === "above-range") facts.push({ code: "PEAK_ABOVE_RANGE", peakMin: peakRun, rangeMin: targets.peak.rangeMin });
  if (targets.vertShort) {
    facts.push({ code: "VERT_SHORT", raceGainM: goal.elevationGainM, peakVertM: Math.max(...targets.weeks.map((t) => t.vertM)) });
  }

  const last = macro.phases.at(-1);
  return ok({
    formatVersion: 1,
    seed,
    scenario: { ...scenario, seed, constraints },
    startDate: scenario.startDate,
    endDate: last?.endDate ?? scenario.startDate,
    athleteProfile: profile,
    goals: [
      {
        id: goal.id,
        ...(goal.name === undefined ? {} : { name: goal.name }),
        date: goal.date,
        distanceKm: goal.distanceKm,
        surface: goal.surface,
        elevationGainM: goal.elevationGainM,
        priority: goal.priority,
        mode: "peak",
        category,
      },
    ],
    warnings: facts.map(warningOf),
    phases: macro.phases,
    weeks,
  });
}

/** SP-3: the long run's carbohydrate target rises across the specific and peak weeks. */
function fuelingFor(weeks: number[], index: number): number | undefined {
  const at = weeks.indexOf(index);
  if (at < 0) return undefined;
  const span = Math.max(1, weeks.length - 1);
  const g = policy.fuelingStartGPerHour + ((policy.fuelingPeakGPerHour - policy.fuelingStartGPerHour) * at) / span;
  return Math.round(g / 5) * 5;
}
