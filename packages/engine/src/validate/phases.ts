import { phaseWeeks, type TrainingPhase, taperWeeks } from "../constants.ts";
import { type PhaseKind, phaseKind } from "../schema/plan.ts";
import { errorAt, type Finding, warnAt } from "./finding.ts";
import type { PlanFacts, WeekFacts } from "./week-facts.ts";

const phaseOrder: readonly PhaseKind[] = phaseKind.options;
const trainingPhases: readonly TrainingPhase[] = ["base", "build", "specific", "peak"];

/** PH-1: each goal's phases come in the order base → … → recovery, each kind once, none empty. */
function checkPhaseOrder(f: PlanFacts): Finding[] {
  const out: Finding[] = [];
  const lastKindOfGoal = new Map<string | null, PhaseKind>();
  f.plan.phases.forEach((phase, p) => {
    const path = `phases[${p}]`;
    if (phase.weekIndexes.length === 0) {
      out.push(errorAt("PH-1", path, { measure: "empty", actual: phase.kind }));
    }
    const before = lastKindOfGoal.get(phase.goalId);
    if (before !== undefined && phaseOrder.indexOf(phase.kind) <= phaseOrder.indexOf(before)) {
      out.push(errorAt("PH-1", path, { measure: "order", actual: phase.kind, limit: before }));
    }
    lastKindOfGoal.set(phase.goalId, phase.kind);
  });
  return out;
}

/** PH-2 (warn): a peaked goal gets fewer weeks before its race week than the phases' minimums add up to. */
function checkPhaseMinimums(f: PlanFacts): Finding[] {
  const out: Finding[] = [];
  for (const g of f.goals) {
    if (g.goal.mode !== "peak") continue;
    const raceWeek = Math.floor(g.raceDay / 7);
    // Built since the plan's start or the last peaked race before this one.
    const lastPeak = f.goals
      .filter((o) => o.goal.mode === "peak" && o.raceDay < g.raceDay)
      .reduce((a, o) => Math.max(a, Math.floor(o.raceDay / 7)), -1);
    const beforeRace = (w: WeekFacts) =>
      w.index > lastPeak && w.index < raceWeek && w.week.phase !== "recovery";
    const available = f.weeks.filter(beforeRace).length;
    const ranges = phaseWeeks[g.category];
    const minimum = trainingPhases.reduce((s, p) => s + ranges[p][0], 0) + taperWeeks[g.category];
    if (available >= minimum) continue;
    out.push(
      warnAt("PH-2", `goals[${g.index}]`, { actual: available, limit: minimum, date: g.goal.date }),
    );
  }
  return out;
}

export function checkPhases(f: PlanFacts): Finding[] {
  return [...checkPhaseOrder(f), ...checkPhaseMinimums(f)];
}
