import { recoveryNoHardDays, rules } from "../constants.ts";
import { daysBetween } from "../dates.ts";
import type { PlanWarning } from "../schema/plan.ts";
import type { Finding } from "../validate/finding.ts";
import { type FitnessPeakBreak, fitnessPeakBreaks } from "../validate/fitness-peak.ts";
import { checkForm } from "../validate/form.ts";
import { type LoadSeries, loadSeries } from "../validate/load-series.ts";
import type { GoalFacts, PlanFacts } from "../validate/week-facts.ts";
import { type LoadWarningFact, loadWarningOf } from "./load-warnings.ts";
import { aboutGoal } from "./warnings.ts";

const afterRace = new Set(["formFloorAfterRace", "formLowAfterRace"]);

/**
 * What the load model projects for the plan as built, one warning for each thing the
 * validator's LD-1 and LD-2 checks find: race-day form and the fitness peak of each race,
 * the dips after each race, and the dips from training.
 */
export function formWarnings(f: PlanFacts): PlanWarning[] {
  const series = loadSeries(f);
  const findings = checkForm(f, series);
  const several = f.goals.length > 1;
  const about = (w: PlanWarning, g: GoalFacts) =>
    aboutGoal(w, several ? { id: g.goal.id, name: g.goal.name ?? g.goal.id } : undefined);
  const dayOf = (x: Finding) => (x.date ? daysBetween(f.plan.startDate, x.date) : -1);
  const out: PlanWarning[] = [];

  for (const x of findings.filter((x) => x.measure === "raceForm")) {
    const g = f.goals.find((g) => g.raceDay === dayOf(x));
    if (!g || g.goal.mode === "training-race") continue;
    const band = g.goal.mode === "peak" ? rules.raceFormA : rules.raceFormB;
    const fact: LoadWarningFact = {
      code: "RACE_FORM",
      raceDate: g.goal.date,
      form: Number(x.actual),
      band,
      mode: g.goal.mode,
    };
    out.push(about(loadWarningOf(fact), g));
  }
  for (const b of fitnessPeakBreaks(f, series))
    out.push(about(loadWarningOf(peakFact(f, b)), b.goal));

  const fatigue = findings.filter((x) => x.rule === "LD-2");
  const fromTraining = fatigue.filter((x) => !afterRace.has(x.measure ?? ""));
  const first = fromTraining[0];
  if (first?.date) {
    const fact: LoadWarningFact = {
      code: "DEEP_FATIGUE",
      occasions: occasionsOf(fromTraining.map(dayOf)),
      firstDate: first.date,
      weekIndex: first.weekIndex ?? 0,
      afterRace: insideRecovery(f, dayOf(first)),
    };
    out.push(loadWarningOf(fact));
  }
  const byRace = new Map<GoalFacts, Finding[]>();
  for (const x of fatigue.filter((x) => afterRace.has(x.measure ?? ""))) {
    const race = f.goals.findLast((g) => g.raceDay < dayOf(x));
    if (race) byRace.set(race, [...(byRace.get(race) ?? []), x]);
  }
  for (const [race, found] of byRace)
    out.push(about(loadWarningOf(afterRaceFact(race, found, series, dayOf)), race));
  return out;
}

/** When fitness tops out outside LD-1's weeks, and why: where the plan's biggest load sits. */
function peakFact(f: PlanFacts, b: FitnessPeakBreak): LoadWarningFact {
  const day = f.days[b.peakDay];
  const week = day ? f.weeks[day.weekIndex] : undefined;
  const where = { peakDate: day?.date ?? b.goal.goal.date, weekIndex: day?.weekIndex ?? 0 };
  if (b.daysOut < b.limitDays) {
    const { daysOut, fromNothing } = b;
    const hasHistory = f.history.length > 0;
    return { code: "FITNESS_PEAK_LATE", daysOut, fromNothing, hasHistory, ...where };
  }
  const fadePct = b.ctlAtPeak > 0 ? Math.round((1 - b.ctlOnRaceEve / b.ctlAtPeak) * 100) : 0;
  const earlier =
    week && week.goal !== b.goal && week.goal.raceDay < b.goal.raceDay ? week.goal : undefined;
  const early = { code: "FITNESS_PEAK_EARLY", daysOut: b.daysOut, fadePct, ...where } as const;
  if (b.peakDay < 7) return { ...early, cause: "start" };
  if (earlier)
    return { ...early, cause: "earlier-block", earlierRace: earlier.goal.name ?? earlier.goal.id };
  const phase = week?.week.phase;
  return { ...early, cause: phase === "base" || phase === "build" ? "base" : "run-in" };
}

/** The dip after one race: from its first low day, down to the lowest form of its RC-1 days. */
function afterRaceFact(
  race: GoalFacts,
  found: Finding[],
  series: LoadSeries,
  dayOf: (x: Finding) => number,
): LoadWarningFact {
  const recoveryDays = recoveryNoHardDays[race.category];
  const last = Math.max(race.raceDay + recoveryDays, ...found.map(dayOf));
  const lowestForm = Math.min(...series.form.slice(race.raceDay + 1, last + 1));
  const [first] = found;
  return {
    code: "FATIGUE_AFTER_RACE",
    raceDate: race.goal.date,
    date: first?.date ?? race.goal.date,
    weekIndex: first?.weekIndex ?? 0,
    lowestForm,
    recoveryDays,
  };
}

/** Whether `day` falls inside the RC-1 days of the race before it. */
function insideRecovery(f: PlanFacts, day: number): boolean {
  const race = f.goals.findLast((g) => g.raceDay < day);
  return race !== undefined && day - race.raceDay <= recoveryNoHardDays[race.category];
}

/** Findings days apart by no more than LD-2's window are one dip: count the dips. */
function occasionsOf(days: number[]): number {
  let last = Number.NEGATIVE_INFINITY;
  let count = 0;
  for (const d of [...days].sort((a, b) => a - b)) {
    if (d - last > rules.formLowWindowDays) count++;
    last = d;
  }
  return count;
}
