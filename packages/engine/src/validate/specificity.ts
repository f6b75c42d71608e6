import { isMarathonOrLonger, rules } from "../constants.ts";
import type { PhaseKind } from "../schema/plan.ts";
import { errorAt, type Finding } from "./finding.ts";
import { brokenBound } from "./slack.ts";
import type { GoalFacts, PlanFacts, WeekFacts } from "./week-facts.ts";

/** How many strength sessions a phase's weeks hold (SP-2); phases not listed are free. */
const strengthBand: Partial<Record<PhaseKind, readonly [number, number]>> = {
  base: rules.strengthPerWeek,
  build: rules.strengthPerWeek,
  specific: rules.strengthPerWeek,
  peak: rules.strengthPerWeek,
  taper: [0, rules.taperStrengthMax],
};

/** SP-2 (trail and mountain goals): hill work in build/specific; strength 1–2× a week, light in taper, none near the race. */
function checkOffRoadWork(f: PlanFacts): Finding[] {
  const out: Finding[] = [];
  for (const week of f.weeks) {
    if (!week.goal.offRoad) continue;
    const { phase } = week.week;
    const weekIndex = week.index;
    const hasHills = week.days.some((d) => d.workouts.some((at) => at.workout.type === "hills"));
    if ((phase === "build" || phase === "specific") && !hasHills)
      out.push(errorAt("SP-2", week.path, { measure: "hills", weekIndex }));
    const band = strengthBand[phase];
    const limit =
      band && f.constraints.strength ? brokenBound(week.strengthCount, ...band, 0) : undefined;
    if (limit !== undefined) {
      out.push(
        errorAt("SP-2", week.path, {
          measure: "strengthCount",
          actual: week.strengthCount,
          limit,
          weekIndex,
        }),
      );
    }
  }
  if (!f.constraints.strength) return out;
  for (const g of f.goals.filter((goal) => goal.offRoad)) {
    for (
      let d = Math.max(0, g.raceDay - rules.strengthFreeDaysBeforeRace + 1);
      d <= g.raceDay;
      d++
    ) {
      const day = f.days[d];
      const strength = day?.workouts.find((at) => at.workout.type === "strength");
      if (!day || !strength) continue;
      const details = {
        actual: g.raceDay - d,
        limit: rules.strengthFreeDaysBeforeRace,
        weekIndex: day.weekIndex,
        date: day.date,
      };
      out.push(errorAt("SP-2", strength.path, { measure: "strengthBeforeRace", ...details }));
    }
  }
  return out;
}

/** "Fueling practice: 60 g carbohydrate per hour", "60–70 g carbs per hour", "60 g/h". */
const fuelingTarget =
  /(\d+)(?:\s*[–-]\s*(\d+))?\s*g(?:\s+(?:of\s+)?carb(?:ohydrate)?s?)?\s*(?:per\s+hour|\/\s*h\b)/i;

/** The long run's carbohydrate target in g/h, low and high end, when a note states one. */
function fuelingOf(week: WeekFacts): { low: number; high: number } | undefined {
  for (const note of week.longRun?.workout.notes ?? []) {
    const m = fuelingTarget.exec(note);
    if (m) return { low: Number(m[1]), high: Number(m[2] ?? m[1]) };
  }
  return undefined;
}

const practisesFueling = (w: WeekFacts): boolean =>
  isMarathonOrLonger(w.goal.category) && (w.week.phase === "specific" || w.week.phase === "peak");

/** SP-3 (marathon and longer): every specific and peak long run practises fueling, at a target that never falls. */
function checkFueling(f: PlanFacts): Finding[] {
  const out: Finding[] = [];
  const lastTarget = new Map<GoalFacts, number>();
  for (const week of f.weeks.filter(practisesFueling)) {
    const weekIndex = week.index;
    const path = week.longRun?.path ?? week.path;
    const target = fuelingOf(week);
    if (!target) {
      out.push(errorAt("SP-3", path, { measure: "fuelingMissing", weekIndex }));
      continue;
    }
    const [lo, hi] = rules.fuelingGramsPerHour;
    if (target.low < lo)
      out.push(
        errorAt("SP-3", path, {
          measure: "fuelingRange",
          actual: target.low,
          limit: lo,
          weekIndex,
        }),
      );
    if (target.high > hi)
      out.push(
        errorAt("SP-3", path, {
          measure: "fuelingRange",
          actual: target.high,
          limit: hi,
          weekIndex,
        }),
      );
    const before = lastTarget.get(week.goal);
    if (before !== undefined && target.low < before) {
      out.push(
        errorAt("SP-3", path, {
          measure: "fuelingDrop",
          actual: target.low,
          limit: before,
          weekIndex,
        }),
      );
    }
    lastTarget.set(week.goal, target.low);
  }
  return out;
}

export function checkSpecificity(f: PlanFacts): Finding[] {
  return [...checkOffRoadWork(f), ...checkFueling(f)];
}
