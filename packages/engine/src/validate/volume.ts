import { rules } from "../constants.ts";
import { errorAt, type Finding } from "./finding.ts";
import { loadsBeforePlan } from "./load.ts";
import { brokenBound } from "./slack.ts";
import { hasUnavailableDays } from "./unavailable.ts";
import type { PlanFacts, WeekFacts } from "./week-facts.ts";

/**
 * Weeks that may fall or jump by design: the race week, the taper, and the first week of a
 * recovery (from the race week); the recovery's later weeks and the rebuild after it return
 * toward the level before the race.
 */
const outsideRamp = (f: PlanFacts, w: WeekFacts): boolean =>
  w.isRaceWeek ||
  w.week.phase === "taper" ||
  w.week.phase === "race" ||
  (w.week.phase === "recovery" && f.weeks[w.index - 1]?.week.phase !== "recovery");

/**
 * PR-2's reference: the week before, or after a lighter week — a cutback, a taper, a week
 * holding a race, a race's recovery, or one the athlete could not fully train (unavailable
 * days) — the bigger of it and the last full week before it (the week may return to the
 * level before the lighter one, as after a cutback: a race and its recovery are the
 * deepest cutback of a season).
 * With no full week before it, that level is the history's usual week, or without a history
 * the usual week the profile assumes.
 */
function rampReference(
  f: PlanFacts,
  week: WeekFacts,
): { runMin: number; index?: number } | undefined {
  const previous = f.weeks[week.index - 1];
  if (!previous) return undefined;
  const byWeek = (w: WeekFacts) => ({ runMin: w.training.runMin, index: w.index });
  if (!isLighter(f, previous)) return byWeek(previous);
  const full = f.weeks.slice(0, previous.index).findLast((w) => !isLighter(f, w));
  if (full) return byWeek(full.training.runMin >= previous.training.runMin ? full : previous);
  const usual = f.profile.chronicWeeklyMin;
  return previous.training.runMin >= usual ? byWeek(previous) : { runMin: usual };
}

const isLighter = (f: PlanFacts, w: WeekFacts): boolean =>
  w.isCutback ||
  w.isRaceWeek ||
  w.week.kind === "taper" || // a taper, or a B race's mini-taper in the week before it
  w.week.phase === "recovery" ||
  hasUnavailableDays(f, w);

/** PR-2: training time rises at most the athlete's ramp cap over the reference week. */
function checkRamp(f: PlanFacts): Finding[] {
  const out: Finding[] = [];
  const cap = f.profile.rampCap;
  for (const week of f.weeks) {
    const ref = rampReference(f, week);
    if (!ref || outsideRamp(f, week) || ref.runMin <= 0) continue;
    const { runMin } = week.training;
    if (runMin <= ref.runMin * (1 + cap)) continue;
    const rise = runMin / ref.runMin - 1;
    out.push(
      errorAt("PR-2", week.path, {
        actual: rise,
        limit: cap,
        weekIndex: week.index,
        ...(ref.index !== undefined ? { refWeekIndex: ref.index } : {}),
      }),
    );
  }
  return out;
}

/**
 * PR-3: a week's training load over the mean load of the 4 weeks before it (history first,
 * or the assumed usual week without one) stays under the cap. A race is the athlete's
 * choice, so it never counts as the spike; once run it is load like any other, so it counts
 * in the weeks after it.
 */
function checkLoadSpike(f: PlanFacts): Finding[] {
  const out: Finding[] = [];
  const cap = f.profile.loadSpikeCap;
  const before = loadsBeforePlan(f.history, f.profile.chronicWeeklyMin);
  const loads = [...before, ...f.weeks.map((w) => w.all.load)];
  for (const week of f.weeks) {
    const at = before.length + week.index;
    const window = loads.slice(Math.max(0, at - rules.loadSpikeWindowWeeks), at);
    if (window.length === 0) continue;
    const mean = window.reduce((s, x) => s + x, 0) / window.length;
    if (mean <= 0) continue; // weeks without training: no ratio to read
    const ratio = week.training.load / mean;
    if (ratio > cap) {
      out.push(errorAt("PR-3", week.path, { actual: ratio, limit: cap, weekIndex: week.index }));
    }
  }
  return out;
}

/**
 * PR-4: no week trains above `maxWeeklyMin` (the race itself is the athlete's choice), and
 * the first week starts near the athlete's chronic volume.
 */
function checkVolumeBounds(f: PlanFacts): Finding[] {
  const out: Finding[] = [];
  const max = f.constraints.maxWeeklyMin;
  for (const week of f.weeks) {
    const { volumeMin } = week.training;
    if (max === undefined || volumeMin <= max) continue;
    out.push(
      errorAt("PR-4", week.path, {
        measure: "weeklyMax",
        actual: volumeMin,
        limit: max,
        weekIndex: week.index,
      }),
    );
  }
  const first = f.weeks[0];
  // A race so close that the plan opens in its taper starts below the usual week by design.
  if (!first || !["base", "build", "specific", "peak"].includes(first.week.phase)) return out;
  const [lo, hi] = rules.firstWeekBand;
  const chronic = f.profile.chronicWeeklyMin;
  const { runMin } = first.training;
  const limit = brokenBound(runMin, lo * chronic, hi * chronic, 0);
  if (limit !== undefined) {
    out.push(
      errorAt("PR-4", first.path, { measure: "firstWeek", actual: runMin, limit, weekIndex: 0 }),
    );
  }
  return out;
}

export function checkVolume(f: PlanFacts): Finding[] {
  return [...checkRamp(f), ...checkLoadSpike(f), ...checkVolumeBounds(f)];
}
