import { type PlanConstraints, resolveConstraints } from "./constraints.ts";
import { addDays, epochDayOf } from "./dates.ts";
import { buildMacro, type Macro } from "./macro/macro.ts";
import { isAwayWeek, weekAvailability } from "./microcycle/availability.ts";
import type { Scenario } from "./parse.ts";
import { buildProfile, type ProfileResult } from "./profile/profile.ts";
import { predictRaceMin } from "./profile/race-time.ts";
import { err, ok, type Result } from "./result.ts";
import type { InputIssue } from "./schema/issues.ts";
import type { PlanGoal } from "./schema/plan.ts";
import { resolveSeason, type SeasonResolution } from "./season/conflicts.ts";
import { type GoalContext, goalContext } from "./season/goal-context.ts";
import { mostImportant } from "./season/modes.ts";

/** Everything stages 2–4 decide for a scenario: what every week of its plan is built from. */
export interface PlanContext {
  scenario: Scenario;
  seed: number;
  season: SeasonResolution;
  /** Goals by date, each with its mode. */
  goals: GoalContext[];
  profileResult: ProfileResult;
  constraints: PlanConstraints;
  macro: Macro;
  /** Each goal's predicted race time in minutes, by goal id. */
  raceTimeMin: Map<string, number>;
}

/** A parsed scenario → its season (modes, conflicts, choices), profile and macro. */
export function planContextOf(scenario: Scenario, seed: number): Result<PlanContext, InputIssue[]> {
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
  const { profile, paces } = profileResult;
  const constraints = resolveConstraints(scenario.constraints, profile.level);
  const away = (index: number) =>
    isAwayWeek(weekAvailability(addDays(scenario.startDate, index * 7), constraints));
  const macro = buildMacro(
    scenario.startDate,
    goals,
    profile.cutbackEvery,
    constraints.unavailable.length > 0 ? away : undefined,
  );
  const raceTimeMin = new Map(
    goals.map((g) => [g.id, predictRaceMin(paces.vdot, g.distanceKm, g.elevationGainM)]),
  );
  return ok({ scenario, seed, season, goals, profileResult, constraints, macro, raceTimeMin });
}

/** An answer or a default may have taken the peak away: the season still peaks once. */
function withAPeak(goals: GoalContext[]): GoalContext[] {
  if (goals.some((g) => g.mode === "peak")) return goals;
  const main = mostImportant(goals, (g) => g);
  return goals.map((g) => (g === main ? { ...g, mode: "peak" } : g));
}

export function planGoal(g: GoalContext): PlanGoal {
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
