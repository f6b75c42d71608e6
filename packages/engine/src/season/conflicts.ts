import { categoryOf } from "../constants.ts";
import { epochDayOf } from "../dates.ts";
import { buildTooShort, peaksOverlap, type Race, sameWeek } from "./conflict-kinds.ts";
import { defaultMode, type GoalMode, type GoalPriority, mostImportant } from "./modes.ts";
import { raceTooClose } from "./race-too-close.ts";

export type ConflictCode =
  | "PEAKS_OVERLAP"
  | "RACE_IN_TAPER"
  | "RACE_IN_RECOVERY"
  | "RACE_AFTER_TRAINING_RACE"
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

/** The most decisive kind first (one race easy, then one peak), so later kinds see settled modes. */
const pairChecks = [sameWeek, peaksOverlap, raceTooClose];

function nextConflict(races: Race[], startDate: string, seen: Set<string>) {
  for (const check of pairChecks) {
    for (const [i, a] of races.entries()) {
      for (const b of races.slice(i + 1)) {
        const key = `${a.id}|${b.id}`; // at most one conflict per pair
        const f = seen.has(key) ? undefined : check(a, b, races);
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
  promoteAPeak(races);
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

/**
 * A season peaks at least once: with no peak, the most important goal (best priority, then
 * the longest) is peaked — before the conflicts are read, so they see its taper.
 */
function promoteAPeak(races: Race[]): void {
  if (races.length === 0 || races.some((r) => r.mode === "peak")) return;
  const main = mostImportant(races, (r) => ({ priority: r.priority, distanceKm: r.km }));
  if (main) main.mode = "peak";
}
