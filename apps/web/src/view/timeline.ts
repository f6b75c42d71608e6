import type { Plan } from "@cairn/engine";
import { daysBetween, weekdayIndex } from "../format/dates.ts";
import { type GoalLook, lookOf, sharedColor } from "./goals.ts";

/** The season at a glance: a band of weeks, their phases, races, cutbacks and today. */

type PhaseKind = Plan["phases"][number]["kind"];
type WeekKind = Plan["weeks"][number]["kind"];

export interface RaceMarker {
  goalId: string;
  label: string;
  name: string;
  priority: "A" | "B" | "C";
  date: string;
  weekIndex: number;
  /** Monday 0 … Sunday 6. */
  weekday: number;
}

export interface TimelineWeek {
  index: number;
  startDate: string;
  phase: PhaseKind;
  kind: WeekKind;
  color: string;
  volumeMin: number;
  /** Planned volume against the season's biggest week, 0–1. */
  height: number;
  warnings: number;
  races: RaceMarker[];
  /** Before the plan was re-planned: these weeks hold what was run. */
  past: boolean;
}

export interface TimelinePhase {
  index: number;
  kind: PhaseKind;
  label: string;
  color: string;
  firstWeek: number;
  weekCount: number;
}

export interface TimelineModel {
  weeks: TimelineWeek[];
  phases: TimelinePhase[];
  races: RaceMarker[];
  /** Where today falls, when it is inside the plan. */
  today: { weekIndex: number; weekday: number } | undefined;
}

const phaseNames: Record<PhaseKind, string> = {
  base: "Base",
  build: "Build",
  specific: "Specific",
  peak: "Peak",
  taper: "Taper",
  race: "Race",
  recovery: "Recovery",
};

export const phaseName = (kind: PhaseKind): string => phaseNames[kind];

export function timelineModel(
  plan: Plan,
  looks: readonly GoalLook[],
  today: string,
): TimelineModel {
  const races: RaceMarker[] = plan.goals.flatMap((goal) => {
    const offset = daysBetween(plan.startDate, goal.date);
    const look = lookOf(looks, goal.id);
    if (offset < 0 || !look) return [];
    return [
      {
        goalId: goal.id,
        label: look.label,
        name: look.name,
        priority: goal.priority,
        date: goal.date,
        weekIndex: Math.floor(offset / 7),
        weekday: weekdayIndex(goal.date),
      },
    ];
  });
  const phaseOfWeek = new Map(plan.phases.flatMap((p) => p.weekIndexes.map((w) => [w, p])));
  const biggest = Math.max(1, ...plan.weeks.map((w) => w.totals.volumeMin));
  const warningsByWeek = new Map<number, number>();
  for (const w of plan.warnings)
    if (w.weekIndex !== undefined)
      warningsByWeek.set(w.weekIndex, (warningsByWeek.get(w.weekIndex) ?? 0) + 1);
  const weeks = plan.weeks.map((week) => {
    const phase = phaseOfWeek.get(week.index);
    return {
      index: week.index,
      startDate: week.startDate,
      phase: week.phase,
      kind: week.kind,
      color: lookOf(looks, phase?.goalId)?.color ?? sharedColor,
      volumeMin: week.totals.volumeMin,
      height: week.totals.volumeMin / biggest,
      warnings: warningsByWeek.get(week.index) ?? 0,
      races: races.filter((r) => r.weekIndex === week.index),
      past: plan.replannedFrom !== undefined && week.startDate < plan.replannedFrom,
    };
  });
  const phases = plan.phases.map((p) => {
    const look = lookOf(looks, p.goalId);
    return {
      index: p.index,
      kind: p.kind,
      label: look ? `${phaseNames[p.kind]} · ${look.label}` : phaseNames[p.kind],
      color: look?.color ?? sharedColor,
      firstWeek: Math.min(...p.weekIndexes),
      weekCount: p.weekIndexes.length,
    };
  });
  const todayOffset = daysBetween(plan.startDate, today);
  const inside = todayOffset >= 0 && todayOffset < plan.weeks.length * 7;
  return {
    weeks,
    phases,
    races,
    today: inside
      ? { weekIndex: Math.floor(todayOffset / 7), weekday: todayOffset % 7 }
      : undefined,
  };
}

/** The week to open first: this week when the season is under way, else the first. */
export function openingWeek(plan: Plan, today: string): number {
  const offset = daysBetween(plan.startDate, today);
  if (offset < 0) return 0;
  return Math.min(plan.weeks.length - 1, Math.floor(offset / 7));
}
