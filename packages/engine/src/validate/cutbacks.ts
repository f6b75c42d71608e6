import { rules } from "../constants.ts";
import { errorAt, type Finding } from "./finding.ts";
import { brokenBound, slack } from "./slack.ts";
import { hasUnavailableDays } from "./unavailable.ts";
import type { PlanFacts, WeekFacts } from "./week-facts.ts";

/** PR-1: a cutback week drops 20–35% of the previous week's training time and shortens the long run. */
function checkCutbackWeek(week: WeekFacts, previous: WeekFacts): Finding[] {
  const out: Finding[] = [];
  const weekIndex = week.index;
  if (previous.training.runMin > 0) {
    const drop = 1 - week.training.runMin / previous.training.runMin;
    const limit = brokenBound(drop, rules.cutbackMinDrop, rules.cutbackMaxDrop, slack.ratio);
    if (limit !== undefined) {
      out.push(
        errorAt("PR-1", week.path, { measure: "cutbackDrop", actual: drop, limit, weekIndex }),
      );
    }
  }
  const [long, previousLong] = [week.longRun, previous.longRun];
  if (long && previousLong && long.workout.durationMin >= previousLong.workout.durationMin) {
    const details = {
      actual: long.workout.durationMin,
      limit: previousLong.workout.durationMin,
      weekIndex,
    };
    out.push(errorAt("PR-1", long.path, { measure: "cutbackLongRun", ...details }));
  }
  return out;
}

/** PR-1: in each block's loading weeks, a cutback comes after at most `cutbackEvery − 1` other weeks. */
export function checkCutbacks(f: PlanFacts): Finding[] {
  const out: Finding[] = [];
  const maxRun = f.profile.cutbackEvery - 1;
  let run = 0;
  for (const week of f.weeks) {
    // Taper, race and recovery weeks end a block's streak; the next block counts afresh.
    const loading = ["base", "build", "specific", "peak"].includes(week.week.phase);
    // A week holding a training race is that stretch's lighter week (MG-1), and so is a
    // week that fell by a cutback's drop or more (training missed, as logged).
    const before = f.weeks[week.index - 1]?.training.runMin ?? 0;
    const fell = before > 0 && week.training.runMin <= before * (1 - rules.cutbackMinDrop);
    run = week.isCutback || week.isRaceWeek || fell || !loading ? 0 : run + 1;
    if (run === maxRun + 1) {
      out.push(
        errorAt("PR-1", week.path, {
          measure: "streak",
          actual: run,
          limit: maxRun,
          weekIndex: week.index,
        }),
      );
    }
  }
  for (const week of f.weeks) {
    // After a training race week, the cutback is measured against the full week before it.
    const before = f.weeks[week.index - 1];
    const raceWeekBefore = before?.isRaceWeek && before.week.phase !== "race";
    const previous = raceWeekBefore ? f.weeks[week.index - 2] : before;
    // Days the athlete can't train make the weeks around them lighter than the plan chose,
    // and PR-3 then rebuilds slowly: a cutback in the four weeks after them has no measure.
    const recent = f.weeks.slice(Math.max(0, week.index - 4), week.index + 1);
    const measurable = previous && !recent.some((w) => hasUnavailableDays(f, w));
    if (week.isCutback && previous && measurable) out.push(...checkCutbackWeek(week, previous));
  }
  return out;
}
