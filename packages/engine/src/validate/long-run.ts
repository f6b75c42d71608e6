import { type DistanceCategory, isUltra, longRunCapMin, rules } from "../constants.ts";
import { epochDayOf } from "../dates.ts";
import { longestRunOf } from "../profile/history-weeks.ts";
import { isTrainingRun } from "./amounts.ts";
import { errorAt, type Finding } from "./finding.ts";
import type { GoalFacts, PlanFacts } from "./week-facts.ts";

/**
 * LR-1: the long run grows by at most 30 min a week for an ultra, else by 15% (a trail half
 * is time-based too, but its long runs are short enough that 15% is the tighter step).
 */
function checkLongRunStep(f: PlanFacts): Finding[] {
  const out: Finding[] = [];
  for (const week of f.focus.weeks) {
    const long = week.longRun;
    const previous = f.weeks[week.index - 1]?.longRun;
    if (!long || !previous) continue;
    const before = previous.workout.durationMin;
    const byTime = isUltra(week.endurance.category);
    const limit = byTime
      ? before + rules.longRunStepUltraMin
      : before * (1 + rules.longRunStepRoad);
    const actual = long.workout.durationMin;
    if (actual <= limit) continue;
    const refWeekIndex = week.index - 1;
    out.push(
      errorAt("LR-1", long.path, {
        measure: "step",
        actual,
        limit,
        weekIndex: week.index,
        refWeekIndex,
        date: long.date,
      }),
    );
  }
  return out;
}

/** The longest run of each day's previous 30 days, plan and history; 0 when none is known. */
function longestRecentRuns(f: PlanFacts): number[] {
  const startDay = epochDayOf(f.plan.startDate);
  // A history week's longest run is dated on its Sunday; only the plan's first days can see it.
  const history = f.history.map((w) => ({
    day: epochDayOf(w.start) + 6 - startDay,
    minutes: longestRunOf(w),
  }));
  // Without history, the profile's assumed longest run stands for the days before the plan.
  if (history.length === 0) history.push({ day: -1, minutes: f.profile.longestRecentRunMin });
  // The longest of a sliding window, kept as a queue of days whose runs are still the longest
  // from them on (each day enters and leaves it once).
  const queue: { day: number; minutes: number }[] = [];
  const push = (entry: { day: number; minutes: number }) => {
    while ((queue.at(-1)?.minutes ?? Number.POSITIVE_INFINITY) <= entry.minutes) queue.pop();
    queue.push(entry);
  };
  for (const h of [...history].sort((a, b) => a.day - b.day)) push(h);
  return f.days.map((day) => {
    if (day.index > 0)
      push({ day: day.index - 1, minutes: f.days[day.index - 1]?.longestRunMin ?? 0 });
    const from = day.index - rules.recentRunWindowDays;
    while (queue.length > 0 && (queue[0]?.day ?? 0) < from) queue.shift();
    return queue[0]?.minutes ?? 0;
  });
}

/** LR-1: no training run exceeds the longest run of the previous 30 days by more than 20%. */
function checkRecentLongest(f: PlanFacts): Finding[] {
  const out: Finding[] = [];
  const recent = longestRecentRuns(f);
  for (const day of f.days) {
    const longest = recent[day.index] ?? 0;
    if (longest <= 0) continue;
    const limit = longest * rules.longRunVsRecentMax;
    for (const { workout, path } of day.workouts) {
      if (!isTrainingRun(workout) || workout.durationMin <= limit) continue;
      const actual = workout.durationMin;
      out.push(
        errorAt("LR-1", path, {
          measure: "recent",
          actual,
          limit,
          weekIndex: day.weekIndex,
          date: day.date,
        }),
      );
    }
  }
  return out;
}

/**
 * LR-2: no training run passes the distance and level cap of the long run, nor the athlete's
 * own cap (read exactly: plans hold whole minutes).
 */
function checkLongRunCap(f: PlanFacts): Finding[] {
  const out: Finding[] = [];
  const own = f.constraints.maxLongRunMin ?? Number.POSITIVE_INFINITY;
  for (const week of f.focus.weeks) {
    const limit = Math.min(longRunCapMin[week.endurance.category][f.profile.level], own);
    for (const day of week.days) {
      for (const { workout, path } of day.workouts) {
        if (!isTrainingRun(workout) || workout.durationMin <= limit) continue;
        const details = {
          actual: workout.durationMin,
          limit,
          weekIndex: week.index,
          date: day.date,
        };
        out.push(errorAt("LR-2", path, { measure: workout.type, ...details }));
      }
    }
  }
  return out;
}

/** LR-3's share of the week by category; the ultra categories share one row. */
function longRunShareOf(goal: GoalFacts): number {
  const byCategory: Partial<Record<DistanceCategory, number>> = rules.longRunShare;
  return byCategory[goal.category] ?? rules.longRunShare.ultra;
}

/** LR-3: the long run, and a back-to-back pair, stay within their share of the week's training time. */
function checkLongRunShare(f: PlanFacts): Finding[] {
  const out: Finding[] = [];
  for (const week of f.focus.weeks) {
    const { runMin } = week.training;
    if (!week.longRun || runMin <= 0) continue;
    const weekIndex = week.index;
    const share = Math.max(
      longRunShareOf(week.endurance),
      rules.longRunShareRunDays / week.runDays,
    );
    const long = week.longRun.workout.durationMin;
    if (long > share * runMin) {
      out.push(
        errorAt("LR-3", week.longRun.path, {
          measure: "longShare",
          actual: long / runMin,
          limit: share,
          weekIndex,
        }),
      );
    }
    for (const pair of week.backToBacks) {
      const pairMin = pair.long.workout.durationMin + pair.mediumLong.workout.durationMin;
      if (pairMin <= rules.backToBackShare * runMin) continue;
      const details = { actual: pairMin / runMin, limit: rules.backToBackShare, weekIndex };
      out.push(errorAt("LR-3", pair.mediumLong.path, { measure: "backToBackShare", ...details }));
    }
  }
  return out;
}

export function checkLongRuns(f: PlanFacts): Finding[] {
  return [
    ...checkLongRunStep(f),
    ...checkRecentLongest(f),
    ...checkLongRunCap(f),
    ...checkLongRunShare(f),
  ];
}
