import type { Plan, PlanWarning, Week, Workout } from "@cairn/engine";
import { phaseName } from "./timeline.ts";

/** What the week view reads of a plan besides the week itself. */

const notRunning = new Set<Workout["type"]>(["rest", "strength", "mobility", "cross"]);

export const isRunning = (w: Workout): boolean => !notRunning.has(w.type);

/** Workouts the runner trains in (a rest marker is not one). */
export const isTraining = (w: Workout): boolean => w.type !== "rest" && w.durationMin > 0;

export interface PhasePlace {
  phaseIndex: number;
  /** "Specific · 50K, week 2 of 5" */
  text: string;
  firstWeek: number;
  lastWeek: number;
}

export function phasePlace(
  plan: Plan,
  weekIndex: number,
  goalLabel: (id: string | null) => string | undefined,
): PhasePlace | undefined {
  const phase = plan.phases.find((p) => p.weekIndexes.includes(weekIndex));
  if (!phase) return undefined;
  const position = phase.weekIndexes.indexOf(weekIndex) + 1;
  const goal = goalLabel(phase.goalId);
  const name = goal ? `${phaseName(phase.kind)} · ${goal}` : phaseName(phase.kind);
  return {
    phaseIndex: phase.index,
    text: `${name}, week ${position} of ${phase.weekIndexes.length}`,
    firstWeek: Math.min(...phase.weekIndexes),
    lastWeek: Math.max(...phase.weekIndexes),
  };
}

const weekKindNames: Record<Week["kind"], string> = {
  base: "base week",
  build: "build week",
  cutback: "cutback week",
  peak: "peak week",
  taper: "taper week",
  race: "race week",
  recovery: "recovery week",
};

export const weekKindName = (kind: Week["kind"]): string => weekKindNames[kind];

/** Warnings that belong to the whole season rather than one week. */
export const seasonWarnings = (plan: Plan): PlanWarning[] =>
  plan.warnings.filter((w) => w.weekIndex === undefined);

export const weekWarnings = (plan: Plan, weekIndex: number): PlanWarning[] =>
  plan.warnings.filter((w) => w.weekIndex === weekIndex);

/** Days of the week the runner trains on, for logging a whole week at once. */
export const trainingDays = (week: Week): string[] =>
  week.days.filter((d) => d.workouts.some(isTraining)).map((d) => d.date);
