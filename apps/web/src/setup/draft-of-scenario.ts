import type { ScenarioInput } from "@cairn/engine";
import type { WeekdayKey } from "../format/dates.ts";
import { kmTo, metresTo, type Units } from "../format/units.ts";
import { type Draft, emptyDraft, type Level, newKey } from "./draft.ts";
import { formatRaceTime } from "./race-time.ts";

const text = (value: number | undefined): string => (value === undefined ? "" : String(value));

/** A scenario (an example, or one made before) as a draft to edit, in `units`. */
export function draftOfScenario(scenario: ScenarioInput, units: Units): Draft {
  const empty = emptyDraft(units);
  const a = scenario.athlete ?? {};
  const c = scenario.constraints ?? {};
  const km = (value: number | undefined) => (value === undefined ? "" : String(kmTo(value, units)));
  const metres = (value: number | undefined) =>
    value === undefined ? "" : String(metresTo(value, units));
  return {
    units,
    startDate: scenario.startDate ?? "",
    seed: scenario.seed ?? 1,
    athlete: {
      name: a.name ?? "",
      level: (a.level ?? "") as Level,
      birthYear: text(a.birthYear),
      raceDistance: km(a.recentRace?.distanceKm),
      raceTime: a.recentRace ? formatRaceTime(a.recentRace.timeMin) : "",
      raceDate: a.recentRace?.date ?? "",
      lthr: text(a.lthr),
      maxHr: text(a.maxHr),
    },
    historyWeeks: (a.history?.weeks ?? []).map((w) => ({
      key: newKey(),
      start: w.start,
      minutes: text(w.minutes),
      runs: text(w.runs),
      longestRunMin: text(w.longestRunMin),
      vert: metres(w.vertM),
      distance: km(w.distanceKm),
    })),
    constraints: {
      maxRunDaysPerWeek: text(c.maxRunDaysPerWeek) || empty.constraints.maxRunDaysPerWeek,
      restDays: [...(c.restDays ?? [])] as WeekdayKey[],
      longRunDay: c.longRunDay ?? "",
      maxLongRunMin: text(c.maxLongRunMin),
      weekdayMaxMin: text(c.weekdayMaxMin),
      maxWeeklyMin: text(c.maxWeeklyMin),
      unavailable: (c.unavailable ?? []).map((r) => ({ key: newKey(), from: r.from, to: r.to })),
      strength: c.strength ?? false,
    },
    goals: scenario.goals.map((g) => ({
      key: newKey(),
      id: g.id,
      name: g.name ?? "",
      date: g.date,
      distance: km(g.distanceKm),
      surface: g.surface ?? "road",
      vert: metres(g.elevationGainM ?? 0),
      priority: g.priority ?? "A",
    })),
    choices: { ...(scenario.choices ?? {}) },
  };
}

/** The draft's distances and climbing typed again in other units (the header's km/mi). */
export function convertDraft(draft: Draft, units: Units): Draft {
  if (draft.units === units) return draft;
  const km = (value: string) =>
    convert(value, (x) => kmTo(x * (draft.units === "mi" ? 1.609344 : 1), units));
  const metres = (value: string) =>
    convert(value, (x) => metresTo(draft.units === "mi" ? x * 0.3048 : x, units));
  return {
    ...draft,
    units,
    athlete: { ...draft.athlete, raceDistance: km(draft.athlete.raceDistance) },
    historyWeeks: draft.historyWeeks.map((w) => ({
      ...w,
      vert: metres(w.vert),
      distance: km(w.distance),
    })),
    goals: draft.goals.map((g) => ({ ...g, distance: km(g.distance), vert: metres(g.vert) })),
  };
}

function convert(value: string, change: (x: number) => number): string {
  const number = Number(value.trim());
  return value.trim() && Number.isFinite(number) ? String(change(number)) : value;
}
