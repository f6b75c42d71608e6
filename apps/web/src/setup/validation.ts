import { type InputIssue, parseScenario } from "@cairn/engine";
import type { Draft } from "./draft.ts";
import { type DraftReading, scenarioOfDraft } from "./scenario-of-draft.ts";

export interface Validation extends DraftReading {
  /** Every problem, the draft's own first, then the engine's. */
  problems: InputIssue[];
}

/**
 * The draft as a scenario, judged by the engine's own parser — the one the server runs — so
 * what is said here before submitting is what the server would say.
 */
export function validateDraft(draft: Draft, today: string): Validation {
  const reading = scenarioOfDraft(draft, today);
  const parsed = parseScenario(reading.scenario, today);
  const engine = parsed.ok ? [] : parsed.error;
  const seen = new Set(reading.issues.map((i) => i.field));
  return { ...reading, problems: [...reading.issues, ...engine.filter((i) => !seen.has(i.field))] };
}

/** The first problem of a field or of anything inside it ("goals.0" holds "goals.0.date"). */
export function problemAt(problems: readonly InputIssue[], path: string): string | undefined {
  return problems.find((p) => p.field === path || p.field.startsWith(`${path}.`))?.message;
}

const fieldNames: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^goals\.(\d+)\.(\w+)/, (m) => `Goal ${Number(m[1]) + 1}, ${goalFields[m[2] ?? ""] ?? m[2]}`],
  [/^goals$/, () => "Goals"],
  [
    /^athlete\.recentRace\.(\w+)/,
    (m) => `Recent race, ${m[1] === "timeMin" ? "time" : m[1] === "date" ? "date" : "distance"}`,
  ],
  [/^athlete\.history\.weeks\.(\d+)/, (m) => `History, week ${Number(m[1]) + 1}`],
  [/^athlete\.(\w+)/, (m) => athleteFields[m[1] ?? ""] ?? `Athlete, ${m[1]}`],
  [/^constraints\.unavailable\.(\d+)/, (m) => `Days away ${Number(m[1]) + 1}`],
  [/^constraints\.(\w+)/, (m) => constraintFields[m[1] ?? ""] ?? `Constraints, ${m[1]}`],
  [/^startDate/, () => "Start date"],
  [/^choices/, () => "Choices"],
];

const goalFields: Record<string, string> = {
  id: "name",
  name: "name",
  date: "race date",
  distanceKm: "distance",
  elevationGainM: "climbing",
  surface: "surface",
  priority: "priority",
};
const athleteFields: Record<string, string> = {
  lthr: "Threshold heart rate",
  maxHr: "Max heart rate",
  birthYear: "Birth year",
  level: "Level",
  name: "Name",
};
const constraintFields: Record<string, string> = {
  maxRunDaysPerWeek: "Run days a week",
  restDays: "Rest days",
  longRunDay: "Long-run day",
  maxLongRunMin: "Longest long run",
  weekdayMaxMin: "Longest weekday run",
  maxWeeklyMin: "Most minutes a week",
};

/** "goals.0.date" → "Goal 1, race date" */
export function fieldName(path: string): string {
  for (const [pattern, name] of fieldNames) {
    const match = pattern.exec(path);
    if (match) return name(match);
  }
  return path || "The scenario";
}
