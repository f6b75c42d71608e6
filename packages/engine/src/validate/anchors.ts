import { rules } from "../constants.ts";
import type { Workout } from "../schema/plan.ts";
import { isRunning } from "./amounts.ts";
import type { WorkoutAt } from "./day-facts.ts";
import { errorAt, type Finding, type FindingDetails } from "./finding.ts";
import type { PlanFacts, WeekFacts } from "./week-facts.ts";

/** IN-2's stress anchors of a week: hard runs, a long run ≥ 2 h or a back-to-back (one anchor), races. */
function anchorCount(week: WeekFacts): number {
  let anchors = 0;
  for (const day of week.days) {
    for (const { workout: w } of day.workouts) {
      if (w.type === "race" || (isRunning(w) && w.intensity === "hard")) anchors++;
    }
  }
  const bigLongRun = (week.longRun?.workout.durationMin ?? 0) >= rules.anchorLongRunMin;
  return anchors + (bigLongRun || week.backToBacks.length > 0 ? 1 : 0);
}

/**
 * IN-2's moderate sessions: runs of moderate intensity that are not anchors of their own — a
 * race, a long run of 2 h or more, a back-to-back's two days. A shorter long run run at
 * moderate effort is a moderate session like any other.
 */
function moderatesOf(week: WeekFacts): WorkoutAt[] {
  const any = week.days.some((d) => d.workouts.some((at) => at.workout.intensity === "moderate"));
  if (!any) return [];
  const inBlock = new Set(week.backToBacks.flatMap((p) => [p.long.workout, p.mediumLong.workout]));
  return week.days.flatMap((d) =>
    d.workouts.filter(
      (at) =>
        isRunning(at.workout) &&
        at.workout.intensity === "moderate" &&
        !isOwnAnchor(at.workout, inBlock),
    ),
  );
}

/** A race, a back-to-back's day, a long run of 2 h or more: an anchor of its own. */
function isOwnAnchor(w: Workout, inBlock: ReadonlySet<Workout>): boolean {
  if (w.type === "race" || inBlock.has(w)) return true;
  return (w.type === "long" || w.type === "medium-long") && w.durationMin >= rules.anchorLongRunMin;
}

/** Days holding a hard session, a long run, a back-to-back's medium-long or a race. */
function anchorDays(f: PlanFacts): Set<number> {
  const days = new Set(f.days.filter((d) => d.hard || d.long || d.race).map((d) => d.index));
  for (const week of f.weeks) for (const pair of week.backToBacks) days.add(pair.mediumLong.day);
  return days;
}

/** IN-2: at most two anchors; a moderate third session only where and for whom the rule allows it. */
export function checkStressAnchors(f: PlanFacts): Finding[] {
  const out: Finding[] = [];
  const anchored = anchorDays(f);
  for (const week of f.focus.weeks) {
    const weekIndex = week.index;
    const anchors = anchorCount(week);
    if (anchors > rules.maxStressAnchors) {
      out.push(
        errorAt("IN-2", week.path, {
          measure: "anchors",
          actual: anchors,
          limit: rules.maxStressAnchors,
          weekIndex,
        }),
      );
    }
    const moderates = moderatesOf(week);
    if (anchors + moderates.length <= rules.maxStressAnchors) continue;
    const third = (measure: string, details: FindingDetails) =>
      out.push(errorAt("IN-2", week.path, { measure, weekIndex, ...details }));
    if (moderates.length > 1) third("moderateCount", { actual: moderates.length, limit: 1 });
    const { phase } = week.week;
    if (phase !== "build" && phase !== "specific") third("moderatePhase", { actual: phase });
    if (f.profile.level === "beginner") third("moderateLevel", { actual: f.profile.level });
    if (week.runDays < rules.moderateThirdMinRunDays) {
      third("moderateRunDays", { actual: week.runDays, limit: rules.moderateThirdMinRunDays });
    }
    for (const m of moderates) {
      if (anchored.has(m.day - 1) || anchored.has(m.day + 1)) {
        out.push(
          errorAt("IN-2", m.path, { measure: "moderateNextToAnchor", weekIndex, date: m.date }),
        );
      }
    }
  }
  return out;
}
