import type { WeekdayKey } from "../format/dates.ts";
import type { Units } from "../format/units.ts";

/**
 * The setup form as typed: numbers stay text until the scenario is made from them, so a
 * half-typed "4." is not lost, and distances and climbing are in the draft's own units.
 */

export type Surface = "road" | "trail" | "mountain";
export type Priority = "A" | "B" | "C";
export type Level = "" | "beginner" | "intermediate" | "advanced";

export interface GoalDraft {
  /** Stable while editing, for React keys; the scenario's id is made from the name. */
  key: string;
  id: string;
  name: string;
  date: string;
  distance: string;
  surface: Surface;
  vert: string;
  priority: Priority;
}

export interface HistoryWeekDraft {
  key: string;
  start: string;
  minutes: string;
  runs: string;
  longestRunMin: string;
  vert: string;
  distance: string;
}

export interface UnavailableDraft {
  key: string;
  from: string;
  to: string;
}

export interface Draft {
  units: Units;
  startDate: string;
  seed: number;
  athlete: {
    name: string;
    level: Level;
    birthYear: string;
    raceDistance: string;
    /** h:mm:ss or mm:ss */
    raceTime: string;
    raceDate: string;
    lthr: string;
    maxHr: string;
  };
  historyWeeks: HistoryWeekDraft[];
  constraints: {
    maxRunDaysPerWeek: string;
    restDays: WeekdayKey[];
    longRunDay: WeekdayKey | "";
    maxLongRunMin: string;
    weekdayMaxMin: string;
    maxWeeklyMin: string;
    unavailable: UnavailableDraft[];
    strength: boolean;
  };
  goals: GoalDraft[];
  /** Kept from an example so a conflict it answered stays answered. */
  choices: Record<string, string>;
}

let lastKey = 0;
/** A key for a new row of the form. */
export const newKey = (): string => `row-${++lastKey}`;

export function emptyGoal(priority: Priority = "A"): GoalDraft {
  return {
    key: newKey(),
    id: "",
    name: "",
    date: "",
    distance: "",
    surface: "trail",
    vert: "",
    priority,
  };
}

export function emptyDraft(units: Units): Draft {
  return {
    units,
    startDate: "",
    seed: 1,
    athlete: {
      name: "",
      level: "",
      birthYear: "",
      raceDistance: "",
      raceTime: "",
      raceDate: "",
      lthr: "",
      maxHr: "",
    },
    historyWeeks: [],
    constraints: {
      maxRunDaysPerWeek: "5",
      restDays: ["mon"],
      longRunDay: "sat",
      maxLongRunMin: "",
      weekdayMaxMin: "",
      maxWeeklyMin: "",
      unavailable: [],
      strength: true,
    },
    goals: [emptyGoal()],
    choices: {},
  };
}
