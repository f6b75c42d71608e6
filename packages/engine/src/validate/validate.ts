import type { Plan } from "../schema/plan.ts";
import { checkStressAnchors } from "./anchors.ts";
import { checkBackToBacks, checkRecoveryAfterLong } from "./back-to-back.ts";
import { checkCalendar, checkPhaseCover } from "./calendar.ts";
import { checkConstraints } from "./constraints.ts";
import { checkCutbacks } from "./cutbacks.ts";
import type { Finding } from "./finding.ts";
import { checkForm } from "./form.ts";
import { checkIntensity } from "./intensity.ts";
import { checkLongRuns } from "./long-run.ts";
import { checkPeakVolume } from "./peak-volume.ts";
import { checkPhases } from "./phases.ts";
import { checkRaceDays } from "./race-days.ts";
import { checkSpecificity } from "./specificity.ts";
import { checkStructure } from "./structure.ts";
import { checkTapers } from "./taper.ts";
import { checkVert } from "./vert.ts";
import { checkVolume } from "./volume.ts";
import { type PlanFacts, planFacts, type WeekSpan } from "./week-facts.ts";

/** Every check that reads the plan's facts, in the order of TRAINING-RULES.md. */
const checks: readonly ((f: PlanFacts) => Finding[])[] = [
  checkStructure,
  checkPhases,
  checkCutbacks,
  checkVolume,
  checkPeakVolume,
  checkLongRuns,
  checkBackToBacks,
  checkRecoveryAfterLong,
  checkIntensity,
  checkStressAnchors,
  checkVert,
  checkSpecificity,
  checkTapers,
  checkRaceDays,
  checkForm,
  checkConstraints,
];

/** The checks that can find an error: all but those whose rules only warn (LD-1, LD-2, PR-5). */
const errorChecks = checks.filter((check) => check !== checkForm && check !== checkPeakVolume);

/**
 * validate — every rule of TRAINING-RULES.md over one plan, as data. A broken calendar
 * (FMT-1) stops the rest: the rules read days by their place in it. A warn-rule finding the
 * plan already told the user about (a warning with that rule) is left out.
 */
export function validatePlan(plan: Plan): Finding[] {
  return findingsOf(plan, checks);
}

/**
 * The errors `validatePlan` finds, without running the checks that only warn (steering reads
 * these). With `focus`, the rules local to a week are read in those weeks only: a caller
 * that changed only them compares with the same reading of the plan before.
 */
export function planErrors(plan: Plan, focus?: WeekSpan): Finding[] {
  return findingsOf(plan, errorChecks, focus).filter((f) => f.severity === "error");
}

function findingsOf(
  plan: Plan,
  checks: readonly ((f: PlanFacts) => Finding[])[],
  focus?: WeekSpan,
): Finding[] {
  const calendar = checkCalendar(plan);
  const phaseCover = checkPhaseCover(plan);
  if (calendar.length > 0) return [...calendar, ...phaseCover];
  const facts = planFacts(plan, focus);
  const firstPlanned = firstPlannedWeek(plan);
  const findings = [...phaseCover, ...checks.flatMap((check) => check(facts))].filter(
    (f) => f.weekIndex === undefined || f.weekIndex >= firstPlanned,
  );
  const told = new Set(plan.warnings.map((w) => w.rule));
  return findings
    .filter((f) => f.severity !== "warn" || !told.has(f.rule))
    .map((f) =>
      f.severity === "error" && told.has(f.rule) && isShortfall(f) ? { ...f, severity: "info" } : f,
    );
}

/**
 * Findings where the plan falls short of a training target (never where it overloads) that
 * the athlete's own days, caps or runway forced: the first week below the usual volume, a
 * peak vert week below the race's 60% or a specific week below its climbing while vert still
 * ramps, too few back-to-backs, a race week lighter or on fewer days than the taper's usual,
 * and another race on a race's eve (the runner's own calendar). With a warning that tells the
 * runner, they are information, not errors; an overload never is.
 */
const shortfalls = new Set([
  "PR-4/firstWeek",
  "SP-1/peakVert",
  "SP-1/vertLow",
  "LR-4/gap",
  "TP-2/raceWeekVolume",
  "TP-2/frequency",
  "TP-3/raceOnEve",
]);

function isShortfall(f: Finding): boolean {
  const below =
    typeof f.actual !== "number" ||
    typeof f.limit !== "number" ||
    f.actual < f.limit ||
    f.measure === "gap";
  return below && shortfalls.has(`${f.rule}/${f.measure}`);
}

/**
 * After a re-plan the weeks before it are the runner's logged training: history the weeks
 * after are measured against (PR-2, PR-3, LR-1), not a plan the rules can still change.
 */
function firstPlannedWeek(plan: Plan): number {
  const from = plan.replannedFrom;
  if (from === undefined) return 0;
  const first = plan.weeks.findIndex((w) => w.startDate >= from);
  return Math.max(0, first);
}
