import {
  type DistanceCategory,
  phaseWeeks,
  recoveryNoHardDays,
  recoveryWeeks,
  taperWeeks,
} from "../constants.ts";
import { mondayDayOf, mondayOf, shortDate } from "../dates.ts";
import type { ConflictChoice, ConflictCode } from "./conflicts.ts";
import {
  firstPeakMinWeeks,
  type GoalMode,
  type GoalPriority,
  modeRank,
  peakGapWeeks,
  rebuildMinWeeks,
  rebuildWeeks,
  wholeWeeks,
} from "./modes.ts";

/** A goal as the checks see it; `mode` changes as conflicts are settled. */
export interface Race {
  id: string;
  name: string;
  date: string;
  day: number;
  km: number;
  cat: DistanceCategory;
  priority: GoalPriority;
  mode: GoalMode;
}
/** A choice and the modes it sets. Each pair of races is asked about once, so resolution ends. */
export interface Option extends ConflictChoice {
  set: Record<string, GoalMode>;
}
export interface Found {
  id: string;
  code: ConflictCode;
  goals: Race[];
  problem: string;
  options: Option[];
  defaultChoice: string;
  /** The default, as a sentence start: "… until you choose." follows. */
  planned: string;
}

export const on = (r: Race) => `${r.name} on ${shortDate(r.date)}`;
export const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
const apart = (days: number) =>
  days < 7 ? plural(days, "day") : plural(Math.floor(days / 7), "week");
/** A choice that runs `goal` in `mode`, or (no goal) keeps the plan as it is. */
export const opt = (id: string, label: string, goal?: Race, mode?: GoalMode): Option => ({
  id,
  label,
  set: goal && mode ? { [goal.id]: mode } : {},
});
/** The epoch day a peaked race's taper starts: its race week's Monday, taper weeks earlier. */
const taperStartDay = (r: Race) => mondayDayOf(r.date) - 7 * taperWeeks[r.cat];
/** Whether `a` falls in peak `b`'s taper. */
export const inTaperOf = (a: Race, b: Race) =>
  b.mode === "peak" && a.day < b.day && a.day >= taperStartDay(b);
export const train = (r: Race, label: string) => opt(`${r.id}-training`, label, r, "training-race");
/** Peaks for `up` instead of `down`, which runs as a training race. */
export const swapPeak = (up: Race, down: Race): Option => ({
  id: `${up.id}-primary`,
  label: `Peak for ${up.name}, run ${down.name} as a training race at easy effort`,
  set: { [up.id]: "peak", [down.id]: "training-race" },
});

export function sameWeek(a: Race, b: Race): Found | undefined {
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
export function peaksOverlap(a: Race, b: Race): Found | undefined {
  if (a.mode !== "peak" || b.mode !== "peak") return undefined;
  const days = b.day - a.day;
  if (Math.floor(days / 7) >= peakGapWeeks(a.cat, b.cat)) return undefined;
  const main = a.km > b.km ? a : b; // the longer race leads; on a tie, the later one
  const other = main === a ? b : a;
  // A B race can't sit inside the other race's recovery (RC-1) nor inside its taper (TP-2):
  // there it can only be a training race.
  const withinRecovery = days <= recoveryNoHardDays[a.cat];
  const bRaceFits = (lead: Race, x: Race) =>
    !withinRecovery && !(x.day < lead.day && x.day >= taperStartDay(lead));
  const second = (lead: Race, x: Race) =>
    bRaceFits(lead, x)
      ? opt(`${lead.id}-primary`, `${lead.name} primary, ${x.name} as a B race`, x, "b-race")
      : train(x, `${lead.name} primary, ${x.name} as a training race`);
  const options = new Map<string, Option>();
  for (const o of [
    second(a, b),
    second(b, a),
    train(a, `${b.name} primary, ${a.name} as a training race`),
    train(b, `${a.name} primary, ${b.name} as a training race`),
  ])
    if (!options.has(o.id)) options.set(o.id, o);
  const needs = `${plural(recoveryWeeks[a.cat], "week")} of recovery, a ${rebuildWeeks}-week rebuild and a ${taperWeeks[b.cat]}-week taper`;
  const asB = bRaceFits(main, other);
  return {
    id: `w-peaks-overlap-${a.id}-${b.id}`,
    code: "PEAKS_OVERLAP",
    goals: [a, b],
    problem: `${on(a)} and ${on(b)} are ${apart(days)} apart: you cannot peak for both (a peak needs ${needs} between them).`,
    options: [...options.values()],
    defaultChoice: asB ? `${main.id}-primary` : `${other.id}-training`,
    planned: `Planned with ${main.name} as the main goal and ${other.name} as a ${asB ? "B race" : "training race"}`,
  };
}

/** PH-2: a peak with too few weeks before it, from the plan's start or the previous peak. */
export function buildTooShort(
  x: Race,
  prev: Race | undefined,
  startDate: string,
): Found | undefined {
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
