import { categoryOf, type DistanceCategory, rules } from "../constants.ts";
import { type PlanConstraints, resolveConstraints } from "../constraints.ts";
import { epochDayOf } from "../dates.ts";
import { historyWeeksBefore } from "../profile/history-weeks.ts";
import type {
  AthleteProfile,
  Day,
  Plan,
  PlanGoal,
  Week,
  Workout,
  WorkoutType,
} from "../schema/plan.ts";
import type { HistoryWeek } from "../schema/scenario.ts";
import { historyWeekLoad, workoutLoad } from "./load.ts";

/**
 * The facts every rule reads, computed in one pass over the plan. Days are counted from the
 * plan's start (the calendar is checked first, so a day's position is its date).
 */

const nonRunning: ReadonlySet<WorkoutType> = new Set(["rest", "strength", "mobility", "cross"]);
export const isRunning = (w: Workout): boolean => !nonRunning.has(w.type);

/** A workout with its JSON path, its day counted from the plan's start and its date. */
export interface WorkoutAt {
  workout: Workout;
  path: string;
  day: number;
  date: string;
}

export interface Amounts {
  /** Minutes of every workout, running or not. */
  volumeMin: number;
  /** Minutes of running. */
  runMin: number;
  easyMin: number;
  qualityMin: number;
  vertM: number;
  distanceKm: number;
  load: number;
}

export interface DayFacts {
  index: number;
  weekIndex: number;
  date: string;
  path: string;
  workouts: WorkoutAt[];
  /** Every workout, the race included. */
  all: Amounts;
  /** Every workout but races. */
  training: Amounts;
  /** At least one running workout, the race included. */
  isRunDay: boolean;
  /** Longest running workout, the race included (what LR-1 remembers). */
  longestRunMin: number;
  /** The day's first workout of hard intensity, of any type. */
  hard: WorkoutAt | undefined;
  /** The day's longest `long` workout. */
  long: WorkoutAt | undefined;
  mediumLong: WorkoutAt | undefined;
  race: WorkoutAt | undefined;
}

/** A `long` and a `medium-long` on adjacent days. */
export interface BackToBack {
  long: WorkoutAt;
  mediumLong: WorkoutAt;
  firstDay: number;
  lastDay: number;
}

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
  /** The goal the week trains for: the next race on or after its Monday, else the last. */
  goal: GoalFacts;
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
}

const noAmounts = (): Amounts => ({
  volumeMin: 0,
  runMin: 0,
  easyMin: 0,
  qualityMin: 0,
  vertM: 0,
  distanceKm: 0,
  load: 0,
});

function addWorkout(a: Amounts, w: Workout, load: number): void {
  a.volumeMin += w.durationMin;
  a.vertM += w.vertM;
  a.load += load;
  if (!isRunning(w)) return;
  const z = w.zoneMinutes;
  a.runMin += w.durationMin;
  a.easyMin += z.z1 + z.z2;
  a.qualityMin += z.z3 + z.z4 + z.z5;
  a.distanceKm += w.distanceKm;
}

function addAmounts(a: Amounts, b: Amounts): void {
  a.volumeMin += b.volumeMin;
  a.runMin += b.runMin;
  a.easyMin += b.easyMin;
  a.qualityMin += b.qualityMin;
  a.vertM += b.vertM;
  a.distanceKm += b.distanceKm;
  a.load += b.load;
}

const longer = (a: WorkoutAt | undefined, b: WorkoutAt | undefined): WorkoutAt | undefined =>
  a && b ? (b.workout.durationMin > a.workout.durationMin ? b : a) : (a ?? b);

function dayFacts(day: Day, index: number, weekIndex: number): DayFacts {
  const path = `weeks[${weekIndex}].days[${index % 7}]`;
  const facts: DayFacts = {
    index,
    weekIndex,
    date: day.date,
    path,
    workouts: day.workouts.map((workout, i) => ({
      workout,
      path: `${path}.workouts[${i}]`,
      day: index,
      date: day.date,
    })),
    all: noAmounts(),
    training: noAmounts(),
    isRunDay: false,
    longestRunMin: 0,
    hard: undefined,
    long: undefined,
    mediumLong: undefined,
    race: undefined,
  };
  for (const at of facts.workouts) {
    const w = at.workout;
    const load = workoutLoad(w);
    addWorkout(facts.all, w, load);
    if (w.type === "race") facts.race ??= at;
    else addWorkout(facts.training, w, load);
    if (w.intensity === "hard") facts.hard ??= at;
    if (w.type === "long") facts.long = longer(facts.long, at);
    if (w.type === "medium-long") facts.mediumLong ??= at;
    if (isRunning(w)) {
      facts.isRunDay = true;
      facts.longestRunMin = Math.max(facts.longestRunMin, w.durationMin);
    }
  }
  return facts;
}

function weekFacts(week: Week, index: number, days: DayFacts[], goal: GoalFacts): WeekFacts {
  const facts: WeekFacts = {
    index,
    week,
    path: `weeks[${index}]`,
    goal,
    days,
    all: noAmounts(),
    training: noAmounts(),
    runDays: 0,
    longRun: undefined,
    backToBacks: [],
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

/** Pairs each long run with a medium-long the day after, else the day before. */
function backToBackOf(days: readonly DayFacts[], day: DayFacts): BackToBack | undefined {
  if (!day.long) return undefined;
  for (const other of [days[day.index + 1], days[day.index - 1]]) {
    if (other?.mediumLong) {
      const [firstDay, lastDay] = [
        Math.min(day.index, other.index),
        Math.max(day.index, other.index),
      ];
      return { long: day.long, mediumLong: other.mediumLong, firstDay, lastDay };
    }
  }
  return undefined;
}

export function planFacts(plan: Plan): PlanFacts {
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

  const days: DayFacts[] = [];
  const weeks = plan.weeks.map((week, w) => {
    const weekDays = week.days.map((day, d) => dayFacts(day, w * 7 + d, w));
    days.push(...weekDays);
    const goal = goals.find((g) => g.raceDay >= w * 7) ?? lastGoal;
    return weekFacts(week, w, weekDays, goal);
  });
  for (const day of days) {
    const pair = backToBackOf(days, day);
    if (pair) weeks[day.weekIndex]?.backToBacks.push(pair);
  }

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
  };
}
