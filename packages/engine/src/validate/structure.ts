import type { WeekTotals } from "../schema/plan.ts";
import { isRunning } from "./amounts.ts";
import { errorAt, type Finding } from "./finding.ts";
import { slack } from "./slack.ts";
import type { PlanFacts, WeekFacts } from "./week-facts.ts";

/** FMT-3: a running workout's zone minutes add up to its duration. */
function checkZones(f: PlanFacts): Finding[] {
  const out: Finding[] = [];
  for (const day of f.focus.days) {
    for (const { workout: w, path } of day.workouts) {
      if (!isRunning(w)) continue;
      const z = w.zoneMinutes;
      const sum = z.z1 + z.z2 + z.z3 + z.z4 + z.z5;
      if (Math.abs(sum - w.durationMin) > slack.zoneMinutes) {
        out.push(
          errorAt("FMT-3", path, {
            actual: sum,
            limit: w.durationMin,
            weekIndex: day.weekIndex,
            date: day.date,
          }),
        );
      }
    }
  }
  return out;
}

/** FMT-4: shares (workout contribution, week goal split) are keyed by the goal ids and sum to 1. */
function checkShares(f: PlanFacts): Finding[] {
  const out: Finding[] = [];
  const goalIds = f.plan.goals.map((g) => g.id);
  const check = (shares: Record<string, number>, where: () => string, weekIndex: number) => {
    let [keys, sum] = [0, 0];
    for (const key in shares) {
      keys++;
      sum += shares[key] ?? 0;
    }
    if (keys !== goalIds.length || !goalIds.every((id) => id in shares)) {
      const [actual, limit] = [
        Object.keys(shares).sort().join(", "),
        [...goalIds].sort().join(", "),
      ];
      out.push(errorAt("FMT-4", where(), { measure: "keys", actual, limit, weekIndex }));
    }
    if (Math.abs(sum - 1) > slack.contribution) {
      out.push(errorAt("FMT-4", where(), { measure: "sum", actual: sum, limit: 1, weekIndex }));
    }
  };
  for (const week of f.focus.weeks) {
    check(week.week.goalSplit, () => `${week.path}.goalSplit`, week.index);
    for (const day of week.days) {
      for (const { workout, path } of day.workouts) {
        check(workout.contribution, () => `${path}.contribution`, week.index);
      }
    }
  }
  return out;
}

/** The totals recomputed to the minute (or metre); `easyShare` is compared as a share. */
const totalsInMinutes = ["volumeMin", "runMin", "longRunMin", "vertM", "qualityMin"] as const;

/** What a week's totals should hold, recomputed from its workouts (the race included). */
function recomputedTotals(week: WeekFacts): Pick<WeekTotals, (typeof totalsInMinutes)[number]> {
  return {
    volumeMin: week.all.volumeMin,
    runMin: week.all.runMin,
    longRunMin: week.longRun?.workout.durationMin ?? 0,
    vertM: week.all.vertM,
    qualityMin: week.all.qualityMin,
  };
}

/** FMT-5: the stated totals equal the recomputation. */
function checkTotals(f: PlanFacts): Finding[] {
  const out: Finding[] = [];
  for (const week of f.focus.weeks) {
    const stated = week.week.totals;
    const recomputed = recomputedTotals(week);
    const wrong = (key: keyof WeekTotals, limit: number) =>
      out.push(
        errorAt("FMT-5", `${week.path}.totals.${key}`, {
          actual: stated[key],
          limit,
          weekIndex: week.index,
        }),
      );
    for (const key of totalsInMinutes) {
      if (Math.abs(stated[key] - recomputed[key]) > slack.roundedTotal) wrong(key, recomputed[key]);
    }
    if (week.all.runMin === 0) continue;
    const easyShare = week.all.easyMin / week.all.runMin;
    if (Math.abs(stated.easyShare - easyShare) > slack.totalsEasyShare) {
      wrong("easyShare", easyShare);
    }
  }
  return out;
}

/** FMT-6: each goal's date holds a race of the goal's distance. */
function checkGoalRaces(f: PlanFacts): Finding[] {
  const out: Finding[] = [];
  for (const { goal, index, raceDay } of f.goals) {
    const day = f.days[raceDay];
    const limit = goal.distanceKm;
    if (!day) {
      out.push(
        errorAt("FMT-6", `goals[${index}].date`, { measure: "outside", limit, date: goal.date }),
      );
      continue;
    }
    const details = { limit, weekIndex: day.weekIndex, date: day.date };
    if (!day.race) {
      out.push(errorAt("FMT-6", day.path, { measure: "missing", ...details }));
      continue;
    }
    const actual = day.race.workout.distanceKm;
    if (Math.abs(actual - limit) > slack.raceKm) {
      out.push(errorAt("FMT-6", day.race.path, { measure: "distance", actual, ...details }));
    }
  }
  return out;
}

/** FMT-3…FMT-6: the plan's numbers agree with each other. */
export function checkStructure(f: PlanFacts): Finding[] {
  return [...checkZones(f), ...checkShares(f), ...checkTotals(f), ...checkGoalRaces(f)];
}
