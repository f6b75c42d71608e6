import { categoryOf, type DistanceCategory, rules } from "../constants.ts";
import { type PlanConstraints, resolveConstraints } from "../constraints.ts";
import { epochDayOf } from "../dates.ts";
import { historyWeeksBefore } from "../profile/history-weeks.ts";
import type { AthleteProfile, Plan, PlanGoal, Week } from "../schema/plan.ts";
import type { HistoryWeek } from "../schema/scenario.ts";
import { blockGoals } from "../season/blocks.ts";
import { enduranceGoal, terrainGoal } from "../season/goal-context.ts";
import { type Amounts, addAmounts, noAmounts } from "./amounts.ts";
import {
  type BackToBack,
  backToBacksOf,
  type DayFacts,
  dayFacts,
  longer,
  type WorkoutAt,
} from "./day-facts.ts";
import { historyWeekLoad } from "./load.ts";

/**
 * The facts every rule reads, computed in one pass over the plan. Days are counted from the
 * plan's start (the calendar is checked first, so a day's position is its date).
 */

export interface GoalFacts {
  goal: PlanGoal;
  /** Position in `plan.goals`. */
  index: number;
  category: DistanceCategory;
  raceDay: number;
  /** Trail or mountain surface. */
  offRoad: boolean;
}

export interface WeekFacts {
  index: number;
  week: Week;
  path: string;
  /** The goal the week's block leads to (`week.goalId`; else the next race on or after its Monday). */
  goal: GoalFacts;
  /** The longest race still ahead of the block: back-to-backs, fueling, peak volume. */
  endurance: GoalFacts;
  /** The hilliest race still ahead of the block: vert and hill work. */
  terrain: GoalFacts;
  days: DayFacts[];
  /** Every workout, the race included (what the totals hold). */
  all: Amounts;
  /** Every workout but races: training volume, intensity shares, loads and ramps. */
  training: Amounts;
  runDays: number;
  /** The week's longest `long` workout. */
  longRun: WorkoutAt | undefined;
  /** Back-to-backs whose long run falls in this week. */
  backToBacks: BackToBack[];
  strengthCount: number;
  isCutback: boolean;
  isRaceWeek: boolean;
}

export interface PlanFacts {
  plan: Plan;
  profile: AthleteProfile;
  constraints: PlanConstraints;
  /** The gap-free history before the plan, oldest first, and each week's load. */
  history: HistoryWeek[];
  historyLoads: number[];
  /** Goals by date. */
  goals: GoalFacts[];
  weeks: WeekFacts[];
  days: DayFacts[];
  /**
   * The weeks (and their days) whose week-local rules are read — zone sums, totals, shares,
   * the athlete's constraints, intensity, anchors, the long run's cap, share and step from
   * the week before, hill work and strength. All of them, unless a caller that changed only
   * some weeks asks for those: the rules spanning weeks always read every week.
   */
  focus: { weeks: WeekFacts[]; days: DayFacts[] };
}

/** Weeks `from`..`to` (inclusive) of a plan. */
export interface WeekSpan {
  from: number;
  to: number;
}

type SeasonGoals = Pick<WeekFacts, "goal" | "endurance" | "terrain">;

function weekFacts(week: Week, index: number, days: DayFacts[], goals: SeasonGoals): WeekFacts {
  const facts: WeekFacts = {
    index,
    week,
    path: `weeks[${index}]`,
    ...goals,
    days,
    all: noAmounts(),
    training: noAmounts(),
    runDays: 0,
    longRun: undefined,
    backToBacks: backToBacksOf(days),
    strengthCount: 0,
    isCutback: week.kind === "cutback",
    isRaceWeek: false,
  };
  for (const day of days) {
    addAmounts(facts.all, day.all);
    addAmounts(facts.training, day.training);
    if (day.isRunDay) facts.runDays++;
    if (day.race) facts.isRaceWeek = true;
    facts.longRun = longer(facts.longRun, day.long);
    facts.strengthCount += day.workouts.filter((at) => at.workout.type === "strength").length;
  }
  return facts;
}

export function planFacts(plan: Plan, focus?: WeekSpan): PlanFacts {
  const startDay = epochDayOf(plan.startDate);
  const goals = plan.goals
    .map((goal, index) => ({
      goal,
      index,
      category: categoryOf(goal.distanceKm),
      raceDay: epochDayOf(goal.date) - startDay,
      offRoad: goal.surface !== "road",
    }))
    .sort((a, b) => a.raceDay - b.raceDay);
  const lastGoal = goals.at(-1);
  if (!lastGoal) throw new Error("a plan has at least one goal (planSchema)");
  const blocks = blockGoals(
    plan.startDate,
    goals.map((g) => ({ facts: g, date: g.goal.date, mode: g.goal.mode })),
  ).map((b) => b.facts);
  const course = (g: GoalFacts) => g.goal;
  // Read once per goal: every week of a block shares its goals.
  const seasons = new Map<GoalFacts, SeasonGoals>();
  const seasonOf = (focus: GoalFacts): SeasonGoals => {
    const known = seasons.get(focus);
    if (known) return known;
    const ahead = blocks.filter((b) => b.raceDay >= focus.raceDay);
    const season = {
      goal: focus,
      endurance: enduranceGoal(ahead, focus, course),
      terrain: terrainGoal(ahead, focus, course),
    };
    seasons.set(focus, season);
    return season;
  };

  const days: DayFacts[] = [];
  const weeks = plan.weeks.map((week, w) => {
    const weekDays = week.days.map((day, d) => dayFacts(day, w * 7 + d, w));
    days.push(...weekDays);
    const goal =
      goals.find((g) => g.goal.id === week.goalId) ??
      goals.find((g) => g.raceDay >= w * 7) ??
      lastGoal;
    return weekFacts(week, w, weekDays, seasonOf(goal));
  });

  const profile = plan.athleteProfile;
  const history = historyWeeksBefore(
    plan.scenario.athlete.history,
    plan.startDate,
    rules.historyWindowWeeks,
  );
  return {
    plan,
    profile,
    constraints: resolveConstraints(plan.scenario.constraints, profile.level),
    history,
    historyLoads: history.map(historyWeekLoad),
    goals,
    weeks,
    days,
    focus: focus ? focusOf(weeks, days, focus) : { weeks, days },
  };
}

function focusOf(weeks: WeekFacts[], days: DayFacts[], { from, to }: WeekSpan) {
  const [first, last] = [Math.max(0, from), Math.min(weeks.length - 1, to)];
  return { weeks: weeks.slice(first, last + 1), days: days.slice(first * 7, (last + 1) * 7) };
}
