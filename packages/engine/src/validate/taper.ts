import { rules, taperWeeksRange } from "../constants.ts";
import { isTrainingRun } from "./amounts.ts";
import { errorAt, type Finding, type FindingDetails } from "./finding.ts";
import { brokenBound } from "./slack.ts";
import { hasUnavailableDays } from "./unavailable.ts";
import type { GoalFacts, PlanFacts, WeekFacts } from "./week-facts.ts";

const isLoadingPhase = (w: WeekFacts): boolean =>
  w.week.phase === "base" ||
  w.week.phase === "build" ||
  w.week.phase === "specific" ||
  w.week.phase === "peak";

/** Short sharp sessions keep the taper's intensity: any run harder than easy. */
const keepsIntensity = (w: WeekFacts): boolean =>
  w.days.some((d) =>
    d.workouts.some(({ workout }) => isTrainingRun(workout) && workout.intensity !== "easy"),
  );

/**
 * TP-1: the taper lasts its distance's weeks. TP-2: its volume falls week by week, to 40–60% of the
 * peak by race week; it keeps a hard or moderate run each week and 80% of the peak weeks' run
 * days (the peak phase's weeks, or the biggest loading week of a block without one).
 */
function checkTaperOf(f: PlanFacts, g: GoalFacts): Finding[] {
  const out: Finding[] = [];
  const fail = (week: WeekFacts, measure: string, details: FindingDetails = {}) =>
    out.push(errorAt("TP-2", week.path, { measure, weekIndex: week.index, ...details }));
  const ofGoal = f.weeks.filter((w) => w.goal === g);
  const taper = ofGoal.filter((w) => w.week.phase === "taper");
  const loading = ofGoal.filter(isLoadingPhase);
  const raceWeek = f.weeks[Math.floor(g.raceDay / 7)];

  const lengthLimit = brokenBound(taper.length, ...taperWeeksRange[g.category], 0);
  // A runway shorter than the taper gives the taper every week it has (PH-2).
  const runwayWasAllTaper = taper.length === Math.floor(g.raceDay / 7);
  if (lengthLimit !== undefined && !(runwayWasAllTaper && taper.length < lengthLimit)) {
    out.push(
      errorAt("TP-1", `goals[${g.index}]`, {
        actual: taper.length,
        limit: lengthLimit,
        date: g.goal.date,
      }),
    );
  }
  const peakRunMin = Math.max(0, ...loading.map((w) => w.training.runMin));
  // "Falls progressively": each taper week runs less than the one before it, the first less
  // than the peak week.
  taper.forEach((week, i) => {
    const before = taper[i - 1];
    // A taper week cut short by days away is no level the next must stay under.
    const comparable = before === undefined || !hasUnavailableDays(f, before);
    const limit = before ? before.training.runMin : peakRunMin;
    if (comparable && limit > 0 && week.training.runMin >= limit) {
      const ref = before ? { refWeekIndex: before.index } : {};
      fail(week, "taperRise", { actual: week.training.runMin, limit, ...ref });
    }
    // A taper week holding another goal's race has its intensity in that race, and RC-1 then
    // keeps the days after it easy.
    if (!keepsIntensity(week) && !hasUnavailableDays(f, week) && !week.isRaceWeek)
      fail(week, "intensity");
  });

  // "Race week" is the seven days before the race, whichever weekday it falls on.
  const lastSeven = f.days.slice(Math.max(0, g.raceDay - 7), g.raceDay);
  if (raceWeek && peakRunMin > 0 && loading.length > 0) {
    const share = lastSeven.reduce((sum, d) => sum + d.training.runMin, 0) / peakRunMin;
    const [dropLo, dropHi] = rules.taperDropByRaceWeek;
    const limit = brokenBound(share, 1 - dropHi, 1 - dropLo, 0);
    if (limit !== undefined) fail(raceWeek, "raceWeekVolume", { actual: share, limit });
  }

  // "Peak weeks": the peak phase's, or without one the biggest loading week.
  const peakPhase = ofGoal.filter((w) => w.week.phase === "peak");
  const biggest = loading.reduce<WeekFacts | undefined>(
    (a, w) => (!a || w.training.runMin >= a.training.runMin ? w : a),
    undefined,
  );
  const peakWeeks = peakPhase.length > 0 ? peakPhase : biggest ? [biggest] : [];
  const keptRunDays = Math.ceil(
    rules.taperFrequencyKept * Math.max(0, ...peakWeeks.map((w) => w.runDays)),
  );
  // Before a Monday-to-Wednesday race the last taper week is mostly the race's own seven
  // days, which the window check below counts.
  const windowWeek = g.raceDay % 7 <= 2 ? taper.at(-1) : undefined;
  for (const week of taper) {
    if (week === windowWeek) continue;
    if (week.runDays < keptRunDays && !hasUnavailableDays(f, week)) {
      fail(week, "frequency", { actual: week.runDays, limit: keptRunDays });
    }
  }
  const raceWeekRunDays = f.days
    .slice(Math.max(0, g.raceDay - 6), g.raceDay + 1)
    .filter((d) => d.isRunDay).length;
  if (raceWeek && raceWeekRunDays < keptRunDays && !hasUnavailableDays(f, raceWeek)) {
    fail(raceWeek, "frequency", { actual: raceWeekRunDays, limit: keptRunDays });
  }
  return out;
}

/** TP-1 and TP-2 for every goal the plan peaks for. */
export function checkTapers(f: PlanFacts): Finding[] {
  // A race before the plan's start is FMT-6's finding; nothing here can be read for it.
  return f.goals
    .filter((g) => g.goal.mode === "peak" && g.raceDay >= 0)
    .flatMap((g) => checkTaperOf(f, g));
}
