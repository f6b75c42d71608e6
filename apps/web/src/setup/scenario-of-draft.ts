import type { InputIssue, ScenarioInput } from "@cairn/engine";
import { addDays } from "../format/dates.ts";
import { kmFrom, metresFrom, type Units } from "../format/units.ts";
import type { Draft, GoalDraft } from "./draft.ts";
import { parseRaceTime } from "./race-time.ts";

const standInWeeks = 20;
const standInKm = 10;

export interface DraftReading {
  scenario: ScenarioInput;
  /** Text that is not a number or a time, named by the scenario field it feeds. */
  issues: InputIssue[];
}

/**
 * The scenario a draft asks for; the engine's parseScenario then judges it. A race without
 * its date or distance gets a stand-in (reported as an issue, so it is never sent), so the
 * engine still checks everything else.
 */
export function scenarioOfDraft(draft: Draft, today: string): DraftReading {
  const issues: InputIssue[] = [];
  const read = numberReader(issues);
  const u = draft.units;
  const a = draft.athlete;
  const c = draft.constraints;

  const raceKm = read(a.raceDistance, "athlete.recentRace.distanceKm");
  const raceMin = a.raceTime.trim() ? parseRaceTime(a.raceTime) : undefined;
  if (a.raceTime.trim() && raceMin === undefined)
    issues.push({
      field: "athlete.recentRace.timeMin",
      message: "is not a time: write it as h:mm:ss or mm:ss",
    });
  if (raceKm !== undefined && !a.raceTime.trim())
    issues.push({
      field: "athlete.recentRace.timeMin",
      message: "is needed with the race's distance",
    });
  if (raceKm === undefined && raceMin !== undefined)
    issues.push({
      field: "athlete.recentRace.distanceKm",
      message: "is needed with the race's time",
    });

  const weeks = draft.historyWeeks.map((w, i) => {
    const path = `athlete.history.weeks.${i}`;
    return compact({
      start: w.start,
      minutes: read(w.minutes, `${path}.minutes`) ?? 0,
      runs: read(w.runs, `${path}.runs`),
      longestRunMin: read(w.longestRunMin, `${path}.longestRunMin`),
      vertM: metres(read(w.vert, `${path}.vertM`), u),
      distanceKm: km(read(w.distance, `${path}.distanceKm`), u),
    });
  });

  const scenario = compact({
    startDate: draft.startDate || undefined,
    seed: draft.seed,
    units: u === "mi" ? "imperial" : "metric",
    athlete: compact({
      name: a.name.trim() || undefined,
      level: a.level || undefined,
      birthYear: read(a.birthYear, "athlete.birthYear"),
      history: weeks.length > 0 ? { weeks } : undefined,
      recentRace:
        raceKm !== undefined && raceMin !== undefined
          ? compact({ distanceKm: km(raceKm, u), timeMin: raceMin, date: a.raceDate || undefined })
          : undefined,
      lthr: read(a.lthr, "athlete.lthr"),
      maxHr: read(a.maxHr, "athlete.maxHr"),
    }),
    constraints: compact({
      maxRunDaysPerWeek: read(c.maxRunDaysPerWeek, "constraints.maxRunDaysPerWeek"),
      restDays: c.restDays,
      longRunDay: c.longRunDay || undefined,
      maxLongRunMin: read(c.maxLongRunMin, "constraints.maxLongRunMin"),
      weekdayMaxMin: read(c.weekdayMaxMin, "constraints.weekdayMaxMin"),
      maxWeeklyMin: read(c.maxWeeklyMin, "constraints.maxWeeklyMin"),
      unavailable: c.unavailable.map((r) => ({ from: r.from, to: r.to })),
      strength: c.strength,
    }),
    goals: goalIds(draft.goals).map((id, i) => {
      const g = draft.goals[i] as GoalDraft;
      const path = `goals.${i}`;
      if (!g.date)
        issues.push({ field: `${path}.date`, message: "is needed: the day of the race" });
      if (!g.distance.trim())
        issues.push({
          field: `${path}.distanceKm`,
          message: "is needed: pick a race distance or type one",
        });
      return compact({
        id,
        name: g.name.trim() || undefined,
        date: g.date || addDays(today, standInWeeks * 7),
        distanceKm: km(read(g.distance, `${path}.distanceKm`), u) ?? standInKm,
        surface: g.surface,
        elevationGainM: metres(read(g.vert, `${path}.elevationGainM`), u),
        priority: g.priority,
      });
    }),
    choices: Object.keys(draft.choices).length > 0 ? draft.choices : undefined,
  }) as ScenarioInput;
  return { scenario, issues };
}

/** A goal keeps the id it came with; a new one gets one from its name, unique in the plan. */
export function goalIds(goals: readonly GoalDraft[]): string[] {
  const used = new Set<string>();
  return goals.map((g, i) => {
    const base =
      g.id ||
      g.name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "")
        .slice(0, 32) ||
      `goal-${i + 1}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}

function numberReader(issues: InputIssue[]) {
  return (text: string, field: string): number | undefined => {
    const trimmed = text.trim().replace(",", ".");
    if (!trimmed) return undefined;
    const value = Number(trimmed);
    if (Number.isFinite(value)) return value;
    issues.push({ field, message: `"${text}" is not a number` });
    return undefined;
  };
}

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;
const km = (value: number | undefined, u: Units) =>
  value === undefined ? undefined : round(kmFrom(value, u), 3);
const metres = (value: number | undefined, u: Units) =>
  value === undefined ? undefined : metresFrom(value, u);

/** The object without its undefined fields: the scenario's optional fields are left out, not null. */
function compact<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as T;
}
