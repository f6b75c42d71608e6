import {
  categoryOf,
  type DistanceCategory,
  phaseWeeks,
  recoveryNoHardDays,
  recoveryWeeks,
  taperWeeks,
} from "../constants.ts";
import { epochDayOf, mondayOf, shortDate } from "../dates.ts";
import {
  defaultMode,
  firstPeakMinWeeks,
  type GoalMode,
  type GoalPriority,
  modeRank,
  peakGapWeeks,
  rebuildMinWeeks,
  rebuildWeeks,
  wholeWeeks,
} from "./modes.ts";

export type ConflictCode =
  | "PEAKS_OVERLAP"
  | "RACE_IN_TAPER"
  | "RACE_IN_RECOVERY"
  | "RACES_SAME_WEEK"
  | "BUILD_TOO_SHORT";
export interface SeasonGoalInput {
  id: string;
  name?: string | undefined;
  date: string;
  distanceKm: number;
  priority: GoalPriority;
  mode?: GoalMode | null | undefined;
}
export interface ConflictChoice {
  id: string;
  label: string;
}
export interface Conflict {
  id: string;
  code: ConflictCode;
  goalIds: string[];
  message: string;
  date: string;
  choices: ConflictChoice[];
  defaultChoice: string;
  /** The user's answer (scenario `choices`); absent while the default stands. */
  resolvedBy?: string;
}
export interface InvalidChoice {
  warningId: string;
  choiceId: string;
  valid: string[];
}
export interface SeasonResolution {
  modes: Record<string, GoalMode>;
  conflicts: Conflict[];
  invalidChoices: InvalidChoice[];
}

interface Race {
  id: string;
  name: string;
  date: string;
  day: number;
  km: number;
  cat: DistanceCategory;
  priority: GoalPriority;
  mode: GoalMode;
}
/** A choice and the modes it sets. Every choice only lowers modes, so resolution ends. */
interface Option extends ConflictChoice {
  set: Record<string, GoalMode>;
}
interface Found {
  id: string;
  code: ConflictCode;
  goals: Race[];
  problem: string;
  options: Option[];
  defaultChoice: string;
  /** The default, as a sentence start: "… until you choose." follows. */
  planned: string;
}

const on = (r: Race) => `${r.name} on ${shortDate(r.date)}`;
const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
const apart = (days: number) =>
  days < 7 ? plural(days, "day") : plural(Math.floor(days / 7), "week");
/** A choice that runs `goal` in `mode`, or (no goal) keeps the plan as it is. */
const opt = (id: string, label: string, goal?: Race, mode?: GoalMode): Option => ({
  id,
  label,
  set: goal && mode ? { [goal.id]: mode } : {},
});
const train = (r: Race, label: string) => opt(`${r.id}-training`, label, r, "training-race");

function sameWeek(a: Race, b: Race): Found | undefined {
  if (mondayOf(a.date) !== mondayOf(b.date)) return undefined;
  if (a.mode === "training-race" && b.mode === "training-race") return undefined;
  // The race that matters least runs easy: lower mode, lower priority, shorter; else the later.
  const weight = (r: Race) => modeRank[r.mode] * 1e6 + (2 - "ABC".indexOf(r.priority)) * 1e4 + r.km;
  const easy = weight(a) < weight(b) ? a : b;
  return {
    id: `w-races-same-week-${a.id}-${b.id}`,
    code: "RACES_SAME_WEEK",
    goals: [a, b],
    problem: `${on(a)} and ${on(b)} fall in the same week: only one of them can be raced in full.`,
    options: [
      train(b, `Race ${a.name}, run ${b.name} as a training race`),
      train(a, `Race ${b.name}, run ${a.name} as a training race`),
    ],
    defaultChoice: `${easy.id}-training`,
    planned: `Planned with ${easy.name} as a training race`,
  };
}

/** MG-2: two peaks closer than recovery + rebuild + taper. */
function peaksOverlap(a: Race, b: Race): Found | undefined {
  if (a.mode !== "peak" || b.mode !== "peak") return undefined;
  const days = b.day - a.day;
  if (Math.floor(days / 7) >= peakGapWeeks(a.cat, b.cat)) return undefined;
  const main = a.km > b.km ? a : b; // the longer race leads; on a tie, the later one
  const other = main === a ? b : a;
  // RC-1: inside the first race's recovery, the other race can only be run easy.
  const withinRecovery = days <= recoveryNoHardDays[a.cat];
  const second = (lead: Race, x: Race) =>
    withinRecovery
      ? train(x, `${lead.name} primary, ${x.name} as a training race`)
      : opt(`${lead.id}-primary`, `${lead.name} primary, ${x.name} as a B race`, x, "b-race");
  const needs = `${plural(recoveryWeeks[a.cat], "week")} of recovery, a ${rebuildWeeks}-week rebuild and a ${taperWeeks[b.cat]}-week taper`;
  return {
    id: `w-peaks-overlap-${a.id}-${b.id}`,
    code: "PEAKS_OVERLAP",
    goals: [a, b],
    problem: `${on(a)} and ${on(b)} are ${apart(days)} apart: you cannot peak for both (a peak needs ${needs} between them).`,
    options: withinRecovery
      ? [second(a, b), second(b, a)]
      : [
          second(a, b),
          second(b, a),
          train(a, `${b.name} primary, ${a.name} as a training race`),
          train(b, `${a.name} primary, ${b.name} as a training race`),
        ],
    defaultChoice: withinRecovery ? `${other.id}-training` : `${main.id}-primary`,
    planned: `Planned with ${main.name} as the main goal and ${other.name} as a ${withinRecovery ? "training race" : "B race"}`,
  };
}

/**
 * A B race in a later peak's taper, or in the RC-1 window after an earlier peak or B race.
 * Only B races: a training race is already the mildest mode MG-1 has, so no choice would change it.
 */
function raceTooClose(a: Race, b: Race): Found | undefined {
  const taperStart = epochDayOf(mondayOf(b.date)) - 7 * taperWeeks[b.cat];
  const inTaper = a.mode === "b-race" && b.mode === "peak" && a.day >= taperStart;
  const noHard = recoveryNoHardDays[a.cat];
  const inRecovery =
    b.mode !== "training-race" && a.mode !== "training-race" && b.day - a.day <= noHard;
  if (!inTaper && !inRecovery) return undefined;
  const x = inTaper ? a : b;
  // RC-1: a B race whose recovery would reach the next race can't be kept as one.
  const keepable = b.day - a.day > noHard;
  const options = [
    train(x, `Run ${x.name} as a training race at easy effort`),
    ...(keepable ? [opt("keep", `Keep ${x.name} as a B race`)] : []),
  ];
  if (inTaper) {
    return {
      id: `w-race-in-taper-${a.id}-${b.id}`,
      code: "RACE_IN_TAPER",
      goals: [a, b],
      problem: `${on(a)} falls in the ${taperWeeks[b.cat]}-week taper of ${on(b)}: racing it would cut into the taper.`,
      options,
      defaultChoice: `${a.id}-training`,
      planned: `Planned with ${a.name} as a training race at easy effort`,
    };
  }
  return {
    id: `w-race-in-recovery-${b.id}-${a.id}`,
    code: "RACE_IN_RECOVERY",
    goals: [b, a],
    problem: `${on(b)} is ${plural(b.day - a.day, "day")} after ${on(a)}, inside its ${noHard} days without hard sessions (RC-1).`,
    options: [
      ...(b.mode === "peak" ? [] : [train(b, `Run ${b.name} as a training race at easy effort`)]),
      ...(a.mode === "peak" ? [] : [train(a, `Run ${a.name} as a training race, race ${b.name}`)]),
    ],
    // The peak keeps its race; otherwise the later race gives way.
    defaultChoice: `${b.mode === "peak" ? a.id : b.id}-training`,
    planned: `Planned with ${b.mode === "peak" ? a.name : b.name} as a training race at easy effort`,
  };
}

/** PH-2: a peak with too few weeks before it, from the plan's start or the previous peak. */
function buildTooShort(x: Race, prev: Race | undefined, startDate: string): Found | undefined {
  const weeks = wholeWeeks(prev?.date ?? startDate, x.date);
  const need = prev ? rebuildMinWeeks(x.cat) : firstPeakMinWeeks(x.cat);
  if (weeks >= need) return undefined;
  const [t, { build, specific }] = [taperWeeks[x.cat], phaseWeeks[x.cat]];
  const parts = prev
    ? `${build[0]} of build, ${specific[0]} of specific work and a ${t}-week taper`
    : `a ${t}-week taper and 2 of build`;
  const after = prev ? on(prev) : "the plan starts";
  return {
    id: `w-build-too-short-${x.id}`,
    code: "BUILD_TOO_SHORT",
    goals: prev ? [x, prev] : [x],
    problem: `${on(x)} is only ${plural(weeks, "week")} after ${after}: a peak needs at least ${plural(need, "week")} (${parts}).`,
    options: [
      opt(`${x.id}-b-race`, `Run ${x.name} as a B race: a short mini-taper, no peak`, x, "b-race"),
      opt("keep", `Keep ${x.name} as a peak on shortened phases`),
    ],
    defaultChoice: "keep",
    planned: `Planned with ${x.name} as a peak on shortened phases`,
  };
}

/** The most decisive kind first (one race easy, then one peak), so later kinds see settled modes. */
const pairChecks = [sameWeek, peaksOverlap, raceTooClose];

function nextConflict(races: Race[], startDate: string, seen: Set<string>) {
  for (const check of pairChecks) {
    for (const [i, a] of races.entries()) {
      for (const b of races.slice(i + 1)) {
        const key = `${a.id}|${b.id}`; // at most one conflict per pair
        const f = seen.has(key) ? undefined : check(a, b);
        if (f) return { ...f, key };
      }
    }
  }
  let prev: Race | undefined;
  for (const x of races.filter((r) => r.mode === "peak")) {
    const key = `build|${x.id}`;
    const f = seen.has(key) ? undefined : buildTooShort(x, prev, startDate);
    if (f) return { ...f, key };
    prev = x;
  }
  return undefined;
}

/**
 * MG-1/MG-2: each goal's mode for the season. Starts from the user's mode or the priority's,
 * then settles conflicts in date order — by the user's answer in `choices` when it names one of
 * the conflict's choices, else by the stated default — re-checking after every change.
 */
export function resolveSeason(input: {
  startDate: string;
  goals: readonly SeasonGoalInput[];
  choices: Readonly<Record<string, string>>;
}): SeasonResolution {
  const races: Race[] = input.goals
    .map((g) => ({
      id: g.id,
      name: g.name ?? g.id,
      date: g.date,
      day: epochDayOf(g.date),
      km: g.distanceKm,
      cat: categoryOf(g.distanceKm),
      priority: g.priority,
      mode: g.mode ?? defaultMode(g.priority),
    }))
    .sort((a, b) => a.day - b.day);
  const conflicts: Conflict[] = [];
  const invalidChoices: InvalidChoice[] = [];
  const seen = new Set<string>();
  const next = () => nextConflict(races, input.startDate, seen);
  for (let f = next(); f; f = next()) {
    seen.add(f.key);
    const answer = input.choices[f.id];
    const chosen = f.options.find((o) => o.id === answer);
    const valid = f.options.map((o) => o.id);
    // An answer given to an earlier form of this conflict (another answer changed it since)
    // is stale, not wrong: the conflict stays open with its new choices.
    const stale = answer !== undefined && isChoiceOf(answer, f.goals);
    if (answer !== undefined && !chosen && !stale)
      invalidChoices.push({ warningId: f.id, choiceId: answer, valid });
    const applied = chosen ?? f.options.find((o) => o.id === f.defaultChoice);
    for (const r of races) r.mode = applied?.set[r.id] ?? r.mode;
    conflicts.push({
      id: f.id,
      code: f.code,
      goalIds: f.goals.map((g) => g.id),
      message: chosen
        ? `${f.problem} You chose: ${chosen.label}.`
        : `${f.problem} ${f.planned} until you choose.`,
      date: f.goals[0]?.date ?? input.startDate,
      choices: f.options.map(({ id, label }) => ({ id, label })),
      defaultChoice: f.defaultChoice,
      ...(chosen ? { resolvedBy: chosen.id } : {}),
    });
  }
  return { modes: Object.fromEntries(races.map((r) => [r.id, r.mode])), conflicts, invalidChoices };
}

/** Whether `answer` has the shape of a choice about these goals, whatever its current form. */
function isChoiceOf(answer: string, goals: readonly Race[]): boolean {
  if (answer === "keep") return true;
  return goals.some((g) =>
    ["primary", "training", "b-race"].some((what) => answer === `${g.id}-${what}`),
  );
}
