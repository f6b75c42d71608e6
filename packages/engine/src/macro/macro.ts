import { type DistanceCategory, recoveryWeeks } from "../constants.ts";
import { addDays, daysBetween } from "../dates.ts";
import type { Phase, PhaseKind, WeekKind } from "../schema/plan.ts";
import { cutbackPattern } from "./cutbacks.ts";
import { phaseLengths } from "./phase-lengths.ts";

/** One week of the macro plan: where it sits, before any numbers. */
export interface WeekFrame {
  index: number;
  startDate: string;
  phase: PhaseKind;
  kind: WeekKind;
  goalId: string;
  /** 0-based position inside its phase, and the phase's length. */
  weekInPhase: number;
  phaseLength: number;
  /** For the race week: the race's weekday (0 = Monday). */
  raceDay?: number;
}

export interface Macro {
  weeks: WeekFrame[];
  phases: Phase[];
  weeksMissing: number;
  weeksExtra: number;
}

const loadingKind: Partial<Record<PhaseKind, WeekKind>> = {
  base: "base",
  build: "build",
  specific: "build",
  peak: "peak",
};

/** macro — the phases of one goal laid onto the calendar, with the cutback rhythm. */
export function buildMacro(
  startDate: string,
  goal: { id: string; date: string },
  category: DistanceCategory,
  cutbackEvery: number,
): Macro {
  const raceOffset = daysBetween(startDate, goal.date);
  const raceWeek = Math.floor(raceOffset / 7);
  const { lengths, weeksMissing, weeksExtra } = phaseLengths(category, raceWeek);
  const sequence: [PhaseKind, number][] = [
    ["base", lengths.base],
    ["build", lengths.build],
    ["specific", lengths.specific],
    ["peak", lengths.peak],
    ["taper", lengths.taper],
    ["race", 1],
    ["recovery", recoveryWeeks[category]],
  ];
  const loadingWeeks = lengths.base + lengths.build + lengths.specific + lengths.peak;
  const cutbacks = cutbackPattern(loadingWeeks, cutbackEvery);
  const weeks: WeekFrame[] = [];
  const phases: Phase[] = [];
  for (const [kind, length] of sequence) {
    if (length <= 0) continue;
    const weekIndexes: number[] = [];
    for (let i = 0; i < length; i++) {
      const index = weeks.length;
      const frame: WeekFrame = {
        index,
        startDate: addDays(startDate, index * 7),
        phase: kind,
        kind: cutbacks[index] ? "cutback" : (loadingKind[kind] ?? (kind as WeekKind)),
        goalId: goal.id,
        weekInPhase: i,
        phaseLength: length,
      };
      if (kind === "race") frame.raceDay = raceOffset - index * 7;
      weeks.push(frame);
      weekIndexes.push(index);
    }
    phases.push({
      index: phases.length,
      kind,
      goalId: goal.id,
      startDate: addDays(startDate, (weekIndexes[0] ?? 0) * 7),
      endDate: addDays(startDate, ((weekIndexes.at(-1) ?? 0) + 1) * 7 - 1),
      weekIndexes,
    });
  }
  return { weeks, phases, weeksMissing, weeksExtra };
}
