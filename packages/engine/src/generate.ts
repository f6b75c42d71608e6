import { isMarathonOrLonger, policy } from "./constants.ts";
import { resolveConstraints } from "./constraints.ts";
import { epochDayOf } from "./dates.ts";
import { keptWeekday, keySessionsConflictId, keySessionsWarning } from "./explain/key-sessions.ts";
import { planWarnings } from "./explain/plan-warnings.ts";
import { fitWeek } from "./fit-week.ts";
import { buildMacro, holdsTrainingRace, isLighterWeek, type WeekFrame } from "./macro/macro.ts";
import { emptyCarryOver } from "./microcycle/layout.ts";
import { parseScenario } from "./parse.ts";
import { buildProfile } from "./profile/profile.ts";
import { predictRaceMin } from "./profile/race-time.ts";
import { err, ok, type Result } from "./result.ts";
import type { InputIssue } from "./schema/issues.ts";
import type { Plan, PlanGoal, PlanWarning, Week } from "./schema/plan.ts";
import { conflictWarnings } from "./season/conflict-warnings.ts";
import { resolveSeason } from "./season/conflicts.ts";
import { type GoalContext, goalContext } from "./season/goal-context.ts";
import { realizedOf } from "./targets/realized.ts";
import { type RealizedWeek, TargetPlanner } from "./targets/targets.ts";
import type { WeekTarget } from "./targets/week-target.ts";
import { weekPlan } from "./week-plan.ts";
import { withZoneTargets } from "./workouts/zone-targets.ts";

export interface GenerateOptions {
  /** The day the plan is made (ISO); defaults the start date and rejects past races. */
  today: string;
  /** Overrides the scenario's seed. */
  seed?: number;
}

/** scenario → plan: parse, season, profile, macro, targets, then microcycle, workouts and explain week by week. */
export function generatePlan(input: unknown, options: GenerateOptions): Result<Plan, InputIssue[]> {
  const parsed = parseScenario(input, options.today);
  if (!parsed.ok) return err(parsed.error);
  const scenario = parsed.value;
  const seed = options.seed ?? scenario.seed;
  const byDate = [...scenario.goals].sort((a, b) => epochDayOf(a.date) - epochDayOf(b.date));
  const season = resolveSeason({
    startDate: scenario.startDate,
    goals: byDate,
    choices: scenario.choices,
  });
  const invalid = season.invalidChoices[0];
  if (invalid) {
    return err([
      {
        field: `choices.${invalid.warningId}`,
        message: `"${invalid.choiceId}" is not one of this warning's choices: ${invalid.valid.join(", ")}`,
      },
    ]);
  }
  const goals = withAPeak(byDate.map((g) => goalContext(g, season.modes[g.id] ?? "peak")));
  const profileResult = buildProfile(scenario.athlete, scenario.startDate);
  const { profile, history, paces } = profileResult;
  const constraints = resolveConstraints(scenario.constraints, profile.level);
  const macro = buildMacro(scenario.startDate, goals, profile.cutbackEvery);
  const planner = new TargetPlanner({ frames: macro.weeks, profile, history, constraints });
  const raceTimeMin = new Map(
    goals.map((g) => [g.id, predictRaceMin(paces.vdot, g.distanceKm, g.elevationGainM)]),
  );
  const weeks: Week[] = [];
  const targets: WeekTarget[] = [];
  const realizedWeeks: RealizedWeek[] = [];
  const keyWarnings: PlanWarning[] = [];
  let carry = emptyCarryOver;
  for (const frame of macro.weeks) {
    const build = (target: WeekTarget) =>
      weekPlan({
        target,
        before: targets,
        seed,
        carry,
        level: profile.level,
        goals,
        raceTimeMin,
        paces: paces.bySecPerKm,
        constraints,
        profile,
        fuelingGPerHour: fuelingFor(macro.weeks, frame),
        ...keepHardOf(scenario.choices, frame.index),
        frames: macro.weeks,
      });
    const target0 = planner.next(frame);
    const planned0 = build(target0);
    const { target, planned, realized } = fitWeek(
      { target: target0, planned: planned0, realized: realizedOf(planned0.week) },
      planner,
      build,
      cutbackReference(realizedWeeks, macro.weeks[frame.index - 1]),
      rampLimit(realizedWeeks, targets, frame, profile.rampCap),
    );
    realizedWeeks.push(realized);
    planner.record(target, realized);
    carry = planned.carry;
    if (planned.closeKeys) keyWarnings.push(keySessionsWarning(frame.index, planned.closeKeys));
    targets.push(target);
    weeks.push(planned.week);
  }

  const last = macro.phases.at(-1);
  const plan: Plan = {
    formatVersion: 1,
    seed,
    scenario: { ...scenario, seed, constraints },
    startDate: scenario.startDate,
    endDate: last?.endDate ?? scenario.startDate,
    athleteProfile: profile,
    goals: goals.map(planGoal),
    warnings: [],
    phases: macro.phases,
    weeks: weeks.map((week) => withZoneTargets(week, profileResult.targets)),
  };
  plan.warnings = [
    ...conflictWarnings(season.conflicts),
    ...keyWarnings,
    ...planWarnings(plan, macro, profileResult),
  ];
  return ok(plan);
}

/** A season peaks at least once: with no A race, the most important goal is peaked. */
function withAPeak(goals: GoalContext[]): GoalContext[] {
  if (goals.some((g) => g.mode === "peak")) return goals;
  const rank = (g: GoalContext) => ({ A: 0, B: 1, C: 2 })[g.priority] * 1000 - g.distanceKm;
  const main = goals.reduce((a, b) => (rank(b) <= rank(a) ? b : a));
  return goals.map((g) => (g === main ? { ...g, mode: "peak" } : g));
}

function planGoal(g: GoalContext): PlanGoal {
  return {
    id: g.id,
    ...(g.name === g.id ? {} : { name: g.name }),
    date: g.date,
    distanceKm: g.distanceKm,
    surface: g.surface,
    elevationGainM: g.elevationGainM,
    priority: g.priority,
    mode: g.mode,
    category: g.category,
  };
}

/**
 * SP-3: the long run's carbohydrate target rises across each block's specific and peak
 * weeks, when the longest race ahead is a marathon or longer.
 */
function fuelingFor(frames: readonly WeekFrame[], frame: WeekFrame): number | undefined {
  if (!isMarathonOrLonger(frame.endurance.category)) return undefined;
  const weeks = frames.filter(
    (f) => f.goalId === frame.goalId && (f.phase === "specific" || f.phase === "peak"),
  );
  const at = weeks.indexOf(frame);
  if (at < 0) return undefined;
  const span = Math.max(1, weeks.length - 1);
  const g =
    policy.fuelingStartGPerHour +
    ((policy.fuelingPeakGPerHour - policy.fuelingStartGPerHour) * at) / span;
  return Math.round(g / 5) * 5;
}

/** IN-4: the weekday the runner chose to keep hard in this week, when they answered. */
function keepHardOf(choices: Record<string, string>, weekIndex: number): { keepHard?: string } {
  const day = keptWeekday(choices[keySessionsConflictId(weekIndex)]);
  return day === undefined ? {} : { keepHard: day };
}

/** PR-1's reference week: the one before, or the full week before a training race week. */
function cutbackReference(
  realized: readonly RealizedWeek[],
  last: WeekFrame | undefined,
): RealizedWeek | undefined {
  return last && holdsTrainingRace(last) ? realized.at(-2) : realized.at(-1);
}

/**
 * PR-2's ceiling for a week as the validator reads it: the week before, or after a lighter
 * one (a cutback, a training race week, a week with days the athlete can't train) the bigger
 * of it and the last full week, plus the athlete's ramp cap.
 */
function rampLimit(
  realized: readonly RealizedWeek[],
  targets: readonly WeekTarget[],
  frame: WeekFrame,
  rampCap: number,
): number {
  const lighter = (t: WeekTarget | undefined) =>
    t !== undefined && (isLighterWeek(t.frame) || t.availability.unavailable.some(Boolean));
  const last = realized.at(-1);
  if (!last || last.runMin <= 0) return Number.POSITIVE_INFINITY;
  let reference = last.runMin;
  if (lighter(targets[frame.index - 1])) {
    const full = realized.findLastIndex((_, i) => !lighter(targets[i]) && i < frame.index - 1);
    reference = Math.max(reference, realized[full]?.runMin ?? 0);
  }
  return reference * (1 + rampCap);
}
