import { isMarathonOrLonger, rules } from "../constants.ts";
import type { PhaseKind } from "../schema/plan.ts";
import { isTrainingRun } from "./amounts.ts";
import type { WorkoutAt } from "./day-facts.ts";
import { errorAt, type Finding, type FindingDetails } from "./finding.ts";
import { brokenBound } from "./slack.ts";
import { hasUnavailableDays } from "./unavailable.ts";
import type { GoalFacts, PlanFacts, WeekFacts } from "./week-facts.ts";

/** SP-2 (a trail or mountain race ahead): every build and specific week holds hill work. */
function checkHills(f: PlanFacts): Finding[] {
  const out: Finding[] = [];
  for (const week of f.focus.weeks) {
    const { phase } = week.week;
    if (!week.terrain.offRoad || (phase !== "build" && phase !== "specific")) continue;
    // Days the athlete can't train may leave no room for it: that is their week, not the plan's.
    if (hasUnavailableDays(f, week)) continue;
    // A training race is the week's key session (MG-1), its eve and RC-1 days take the rest.
    if (week.isRaceWeek) continue;
    const hasHills = week.days.some((d) => d.workouts.some((at) => at.workout.type === "hills"));
    if (!hasHills) {
      out.push(errorAt("SP-2", week.path, { measure: "hills", weekIndex: week.index }));
    }
  }
  return out;
}

/** How many strength sessions a phase's weeks hold (SP-2); phases not listed are free. */
export const strengthBand: Partial<Record<PhaseKind, readonly [number, number]>> = {
  base: rules.strengthPerWeek,
  build: rules.strengthPerWeek,
  specific: rules.strengthPerWeek,
  peak: rules.strengthPerWeek,
  taper: [0, rules.taperStrengthMax],
};

/** SP-2 (trail and mountain goals, strength wanted): 1–2 sessions a week, light in taper, none near the race. */
function checkStrength(f: PlanFacts): Finding[] {
  if (!f.constraints.strength) return [];
  const out: Finding[] = [];
  for (const week of f.focus.weeks) {
    const band = strengthBand[week.week.phase];
    if (!week.terrain.offRoad || !band) continue;
    const limit = brokenBound(week.strengthCount, ...band, 0);
    if (limit === undefined || (limit === band[0] && hasUnavailableDays(f, week))) continue;
    const details = { actual: week.strengthCount, limit, weekIndex: week.index };
    out.push(errorAt("SP-2", week.path, { measure: "strengthCount", ...details }));
  }
  // A training race is run on whatever legs the week leaves.
  for (const g of f.goals.filter((goal) => goal.goal.mode !== "training-race")) {
    const firstDay = Math.max(0, g.raceDay - rules.strengthFreeDaysBeforeRace + 1);
    for (const day of f.days.slice(firstDay, g.raceDay + 1)) {
      const strength = day.workouts.find((at) => at.workout.type === "strength");
      if (!strength) continue;
      const details = { actual: g.raceDay - day.index, limit: rules.strengthFreeDaysBeforeRace };
      const where = { weekIndex: day.weekIndex, date: day.date };
      out.push(
        errorAt("SP-2", strength.path, { measure: "strengthBeforeRace", ...details, ...where }),
      );
    }
  }
  return out;
}

/** "Fueling practice: 60 g carbohydrate per hour", "60–70 g carbs per hour", "60 g/h". */
const fuelingTarget =
  /(\d+)(?:\s*[–-]\s*(\d+))?\s*g(?:\s+(?:of\s+)?carb(?:ohydrate)?s?)?\s*(?:per\s+hour|\/\s*h\b)/i;

/** The run a week practises fueling on: its long run, else its longest training run. */
function fuelingRunOf(week: WeekFacts): WorkoutAt | undefined {
  if (week.longRun) return week.longRun;
  const runs = week.days.flatMap((d) => d.workouts.filter((at) => isTrainingRun(at.workout)));
  return runs.reduce<WorkoutAt | undefined>(
    (a, b) => (a && a.workout.durationMin >= b.workout.durationMin ? a : b),
    undefined,
  );
}

/** That run's carbohydrate target in g/h, low and high end, when a note states one. */
function fuelingOf(run: WorkoutAt): { low: number; high: number } | undefined {
  for (const note of run.workout.notes) {
    const m = fuelingTarget.exec(note);
    if (m) return { low: Number(m[1]), high: Number(m[2] ?? m[1]) };
  }
  return undefined;
}

const practisesFueling = (w: WeekFacts): boolean =>
  isMarathonOrLonger(w.endurance.category) &&
  (w.week.phase === "specific" || w.week.phase === "peak");

/**
 * SP-3 (marathon and longer): every specific and peak week practises fueling on its long run
 * (or its longest run), at a target that never falls and reaches 60 g/h or more.
 */
function checkFueling(f: PlanFacts): Finding[] {
  const out: Finding[] = [];
  const [lo, hi] = rules.fuelingGramsPerHour;
  const lastTarget = new Map<GoalFacts, { target: number; week: WeekFacts }>();
  for (const week of f.weeks.filter(practisesFueling)) {
    // A week with no run at all (days away) has nothing to practise on.
    const run = fuelingRunOf(week);
    if (!run) continue;
    const fail = (measure: string, details: FindingDetails = {}) =>
      out.push(errorAt("SP-3", run.path, { measure, weekIndex: week.index, ...details }));
    const target = fuelingOf(run);
    if (!target) {
      fail("fuelingMissing");
      continue;
    }
    if (target.low < lo) fail("fuelingRange", { actual: target.low, limit: lo });
    if (target.high > hi) fail("fuelingRange", { actual: target.high, limit: hi });
    const before = lastTarget.get(week.goal)?.target;
    if (before !== undefined && target.low < before) {
      fail("fuelingDrop", { actual: target.low, limit: before });
    }
    lastTarget.set(week.goal, { target: Math.max(before ?? 0, target.low), week });
  }
  for (const { target, week } of lastTarget.values()) {
    if (target >= rules.fuelingPeakAtLeastGPerHour) continue;
    const details = { actual: target, limit: rules.fuelingPeakAtLeastGPerHour };
    out.push(
      errorAt("SP-3", week.path, { measure: "fuelingPeak", weekIndex: week.index, ...details }),
    );
  }
  return out;
}

export function checkSpecificity(f: PlanFacts): Finding[] {
  return [...checkHills(f), ...checkStrength(f), ...checkFueling(f)];
}
