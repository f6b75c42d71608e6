import { categoryOf, isMarathonOrLonger, policy, recoveryNoHardDays } from "./constants.ts";
import { resolveConstraints } from "./constraints.ts";
import { epochDayOf } from "./dates.ts";
import { planWarnings } from "./explain/plan-warnings.ts";
import { buildMacro } from "./macro/macro.ts";
import { emptyCarryOver } from "./microcycle/layout.ts";
import { parseScenario } from "./parse.ts";
import { buildProfile } from "./profile/profile.ts";
import { predictRaceMin } from "./profile/race-time.ts";
import { err, ok, type Result } from "./result.ts";
import type { InputIssue } from "./schema/issues.ts";
import type { Plan, Week } from "./schema/plan.ts";
import { type RealizedWeek, TargetPlanner } from "./targets/targets.ts";
import type { WeekTarget } from "./targets/week-target.ts";
import { workoutLoad } from "./validate/load.ts";
import { weekPlan } from "./week-plan.ts";

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
  const profileResult = buildProfile(scenario.athlete, scenario.startDate);
  const { profile, history, paces } = profileResult;
  const constraints = resolveConstraints(scenario.constraints, profile.level);
  const macro = buildMacro(scenario.startDate, goal, category, profile.cutbackEvery);
  const planner = new TargetPlanner({
    frames: macro.weeks,
    profile,
    history,
    goal: { ...goal, category },
    constraints,
  });
  const raceTimeMin = predictRaceMin(paces.vdot, goal.distanceKm, goal.elevationGainM);
  const fuelingWeeks = isMarathonOrLonger(category)
    ? macro.weeks.filter((f) => f.phase === "specific" || f.phase === "peak").map((f) => f.index)
    : [];
  const weeks: Week[] = [];
  const targets: WeekTarget[] = [];
  let carry = emptyCarryOver;
  for (const frame of macro.weeks) {
    const build = (target: WeekTarget) =>
      weekPlan({
        target,
        before: targets,
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
        fuelingGPerHour: fuelingFor(fuelingWeeks, frame.index),
      });
    let target = planner.next(frame);
    let planned = build(target);
    let realized = realizedOf(planned.week);
    // PR-3 on the week as built: the targets' load estimate can miss; scale down and rebuild.
    for (let attempt = 0; attempt < 2 && frame.phase !== "race"; attempt++) {
      const ceiling = planner.loadCeiling();
      if (realized.load <= ceiling) break;
      target = planner.rescale(target, (ceiling / realized.load) * 0.97);
      planned = build(target);
      realized = realizedOf(planned.week);
    }
    planner.record(target, realized);
    carry = planned.carry;
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
    warnings: [],
    phases: macro.phases,
    weeks,
  };
  plan.warnings = planWarnings(plan, macro, profileResult, category);
  return ok(plan);
}

/** SP-3: the long run's carbohydrate target rises across the specific and peak weeks. */
function fuelingFor(weeks: number[], index: number): number | undefined {
  const at = weeks.indexOf(index);
  if (at < 0) return undefined;
  const span = Math.max(1, weeks.length - 1);
  const g =
    policy.fuelingStartGPerHour +
    ((policy.fuelingPeakGPerHour - policy.fuelingStartGPerHour) * at) / span;
  return Math.round(g / 5) * 5;
}

const nonRunningTypes = new Set(["rest", "strength", "mobility", "cross"]);

/** What a built week holds, as the targets stage measures it for the weeks after it. */
function realizedOf(week: Week): RealizedWeek {
  const realized: RealizedWeek = {
    runMin: 0,
    longRunMin: week.totals.longRunMin,
    vertM: 0,
    load: 0,
    runs: [],
    dayRunMin: [],
  };
  for (const day of week.days) {
    let longest = 0;
    let dayMin = 0;
    for (const w of day.workouts) {
      if (w.type !== "race") realized.load += workoutLoad(w);
      if (nonRunningTypes.has(w.type)) continue;
      longest = Math.max(longest, w.durationMin);
      if (w.type === "race") continue;
      realized.runMin += w.durationMin;
      realized.vertM += w.vertM;
      dayMin += w.durationMin;
    }
    realized.dayRunMin.push(dayMin);
    if (longest > 0) realized.runs.push({ day: epochDayOf(day.date), minutes: longest });
  }
  return realized;
}
