import type { Plan, Workout } from "@cairn/engine";
import { epochDayOf, mondayOf } from "../format/dates.ts";

/**
 * The load model of TRAINING-RULES §6b, for the fitness / fatigue / form chart: each day's
 * load from its workouts, then CTL and ATL as exponentially weighted averages (k = 1/42, 1/7)
 * and form (TSB) as yesterday's CTL − ATL.
 */

const perHour = { z1: 40, z2: 55, z3: 75, z4: 100, z5: 120 } as const;
const strengthPerHour = 40;
const crossShareOfZ2 = 0.7;
const perVertM = 0.05;
/** History weeks carry no zones: their minutes count at a typical mostly-easy rate. */
const historyPerHour = 60;
const historyWindowWeeks = 12;
const ctlDays = 42;
const atlDays = 7;

export function workoutLoad(w: Workout): number {
  switch (w.type) {
    case "rest":
    case "mobility":
      return 0;
    case "strength":
      return (w.durationMin / 60) * strengthPerHour;
    case "cross":
      return (w.durationMin / 60) * perHour.z2 * crossShareOfZ2;
    default: {
      const z = w.zoneMinutes;
      const zones =
        z.z1 * perHour.z1 +
        z.z2 * perHour.z2 +
        z.z3 * perHour.z3 +
        z.z4 * perHour.z4 +
        z.z5 * perHour.z5;
      return zones / 60 + w.vertM * perVertM;
    }
  }
}

export interface DayLoad {
  date: string;
  load: number;
}

/**
 * Each day's load as planned, or as logged where the runner logged it: a missed day is 0,
 * a partial or changed day is scaled by the minutes run.
 */
export function dailyLoads(plan: Plan): DayLoad[] {
  const logged = new Map((plan.log ?? []).map((e) => [e.date, e]));
  return plan.weeks.flatMap((week) =>
    week.days.map((day) => {
      const planned = day.workouts.reduce((sum, w) => sum + workoutLoad(w), 0);
      const entry = logged.get(day.date);
      if (!entry) return { date: day.date, load: planned };
      if (entry.status === "missed") return { date: day.date, load: 0 };
      const plannedMin = day.workouts.reduce((sum, w) => sum + w.durationMin, 0);
      if (entry.minutes === undefined) return { date: day.date, load: planned };
      if (plannedMin === 0) return { date: day.date, load: (entry.minutes / 60) * historyPerHour };
      return { date: day.date, load: planned * (entry.minutes / plannedMin) };
    }),
  );
}

/** The history's mean daily load over the weeks before the plan, else the first week's. */
export function startingDailyLoad(plan: Plan, firstWeekLoad: number): number {
  const weeks = historyWeeks(plan).slice(-historyWindowWeeks);
  if (weeks.length === 0) return firstWeekLoad / 7;
  const loads = weeks.map((w) => (w.minutes / 60) * historyPerHour + w.vertM * perVertM);
  return loads.reduce((sum, x) => sum + x, 0) / loads.length / 7;
}

interface HistoryLoadWeek {
  start: string;
  minutes: number;
  vertM: number;
}

/** The scenario's history weeks before the plan starts; raw activities are folded by Monday. */
function historyWeeks(plan: Plan): HistoryLoadWeek[] {
  const history = plan.scenario.athlete.history;
  const weeks = new Map<string, HistoryLoadWeek>();
  for (const w of history?.weeks ?? [])
    weeks.set(w.start, { start: w.start, minutes: w.minutes, vertM: w.vertM ?? 0 });
  for (const a of history?.activities ?? []) {
    if (a.sport !== undefined && !/run|hike|walk|trail/i.test(a.sport)) continue;
    const start = mondayOf(a.date);
    const week = weeks.get(start) ?? { start, minutes: 0, vertM: 0 };
    week.minutes += a.durationMin;
    week.vertM += a.vertM ?? 0;
    weeks.set(start, week);
  }
  return [...weeks.values()]
    .filter((w) => epochDayOf(w.start) < epochDayOf(plan.startDate))
    .sort((a, b) => (a.start < b.start ? -1 : 1));
}

export interface FormPoint {
  date: string;
  /** CTL after the day's load. */
  fitness: number;
  /** ATL after the day's load. */
  fatigue: number;
  /** TSB going into the day: yesterday's fitness − fatigue. */
  form: number;
}

export function formSeries(plan: Plan): FormPoint[] {
  const loads = dailyLoads(plan);
  const firstWeek = loads.slice(0, 7).reduce((sum, d) => sum + d.load, 0);
  const start = startingDailyLoad(plan, firstWeek);
  let fitness = start;
  let fatigue = start;
  return loads.map(({ date, load }) => {
    const form = fitness - fatigue;
    fitness += (load - fitness) / ctlDays;
    fatigue += (load - fatigue) / atlDays;
    return { date, fitness, fatigue, form };
  });
}
