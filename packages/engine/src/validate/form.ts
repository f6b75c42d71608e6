import { rules } from "../constants.ts";
import { checkFatigue } from "./fatigue.ts";
import { type Finding, warnAt } from "./finding.ts";
import { checkFitnessPeaks } from "./fitness-peak.ts";
import { type LoadSeries, loadSeries } from "./load-series.ts";
import { brokenBound } from "./slack.ts";
import type { GoalFacts, PlanFacts } from "./week-facts.ts";

/** LD-1 (warn): race-day form in its band, peaked (A) or B race; training races are free. */
function checkRaceForm(f: PlanFacts, g: GoalFacts, form: readonly number[]): Finding[] {
  const { mode } = g.goal;
  const raceForm = form[g.raceDay];
  const day = f.days[g.raceDay];
  if (mode === "training-race" || raceForm === undefined || !day) return [];
  const limit = brokenBound(raceForm, ...(mode === "peak" ? rules.raceFormA : rules.raceFormB), 0);
  if (limit === undefined) return [];
  return [
    warnAt("LD-1", day.path, {
      measure: "raceForm",
      actual: raceForm,
      limit,
      weekIndex: day.weekIndex,
      date: day.date,
    }),
  ];
}

/** LD-1, LD-2: fitness, fatigue and form day by day from the plan's loads (TRAINING-RULES 6b). */
export function checkForm(f: PlanFacts, series: LoadSeries = loadSeries(f)): Finding[] {
  return [
    ...f.goals.flatMap((g) => checkRaceForm(f, g, series.form)),
    ...checkFitnessPeaks(f, series),
    ...checkFatigue(f, series),
  ];
}
