// biome-ignore lint/style/noRestrictedImports: the tests (not the engine) read the example files
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseScenario } from "./parse.ts";
import type { InputIssue } from "./schema/issues.ts";

const today = "2026-11-25"; // a Wednesday

type Json = Record<string, unknown>;

/** A valid scenario; `patch` deep-merges objects and replaces everything else. */
function scenario(patch: Json = {}): Json {
  const base: Json = {
    startDate: "2027-01-04",
    athlete: { level: "intermediate" },
    constraints: { maxRunDaysPerWeek: 5, restDays: ["mon"], longRunDay: "sat" },
    goals: [{ id: "ultra", date: "2027-06-26", distanceKm: 100, surface: "trail" }],
  };
  return merge(base, patch);
}

function merge(a: Json, b: Json): Json {
  const out: Json = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const prior = out[k];
    const isObject = (x: unknown): x is Json =>
      typeof x === "object" && x !== null && !Array.isArray(x);
    out[k] = isObject(prior) && isObject(v) ? merge(prior, v) : v;
  }
  return out;
}

const goal = (patch: Json = {}): Json => ({
  id: "ultra",
  date: "2027-06-26",
  distanceKm: 100,
  surface: "trail",
  ...patch,
});

function issuesOf(input: unknown): InputIssue[] {
  const result = parseScenario(input, today);
  if (result.ok) throw new Error("expected the scenario to be refused");
  return result.error;
}

describe("parseScenario: valid input", () => {
  it("accepts the base scenario and fills defaults", () => {
    const result = parseScenario(scenario(), today);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.startDate).toBe("2027-01-04");
    expect(result.value.seed).toBe(1);
    expect(result.value.units).toBe("metric");
    expect(result.value.goals[0]).toMatchObject({ priority: "A", elevationGainM: 0 });
    expect(result.value.choices).toEqual({});
  });

  it.each([
    // [start date given, plan start]
    ["2027-01-04", "2027-01-04"], // a Monday stays
    ["2027-01-05", "2027-01-11"], // Tuesday → next Monday
    ["2027-01-07", "2027-01-11"],
    ["2027-01-10", "2027-01-11"], // Sunday → the next day
    [undefined, "2026-11-30"], // no start: the Monday on or after today
  ])("a start date of %s starts the plan on %s", (startDate, planStart) => {
    const input = scenario();
    if (startDate === undefined) delete input.startDate;
    else input.startDate = startDate;
    const result = parseScenario(input, today);
    expect(result.ok && result.value.startDate).toBe(planStart);
  });

  it("accepts a race on today's date when the plan starts today", () => {
    const monday = "2026-11-30";
    const result = parseScenario(
      scenario({ startDate: monday, goals: [goal({ date: monday })] }),
      monday,
    );
    expect(result.ok).toBe(true);
  });

  it("accepts a race the day before an unavailable period", () => {
    const input = scenario({
      constraints: { unavailable: [{ from: "2027-06-27", to: "2027-07-10" }] },
    });
    expect(parseScenario(input, today).ok).toBe(true);
  });

  it("accepts LTHR just below max HR, and an ultra's time however slow (no VDOT is read from it)", () => {
    const input = scenario({
      athlete: { lthr: 184, maxHr: 185, recentRace: { distanceKm: 100, timeMin: 2000 } },
    });
    expect(parseScenario(input, today).ok).toBe(true);
  });
});

describe("parseScenario: errors name the field", () => {
  it.each<[string, Json, string, RegExp]>([
    // [case, patch, field, message]
    [
      "wrong type: distance as text",
      { goals: [goal({ distanceKm: "100" })] },
      "goals.0.distanceKm",
      /number/,
    ],
    ["wrong type: seed as text", { seed: "one" }, "seed", /number/],
    [
      "wrong type: fractional run days",
      { constraints: { maxRunDaysPerWeek: 4.5 } },
      "constraints.maxRunDaysPerWeek",
      /int/i,
    ],
    [
      "wrong type: rest day name",
      { constraints: { restDays: ["monday"] } },
      "constraints.restDays.0",
      /mon/,
    ],
    ["wrong type: history as a list", { athlete: { history: [] } }, "athlete.history", /object/],
    ["unknown field at the top", { colour: "red" }, "", /unknown field "colour"/],
    [
      "unknown field in a goal",
      { goals: [goal({ elevation: 3000 })] },
      "goals.0",
      /unknown field "elevation"/,
    ],
    ["unknown field in the athlete", { athlete: { age: 40 } }, "athlete", /unknown field "age"/],
    ["missing goal date", { goals: [{ id: "g", distanceKm: 10 }] }, "goals.0.date", /required/],
    ["no goals", { goals: [] }, "goals", /at least one goal/],
    [
      "a date that does not exist",
      { goals: [goal({ date: "2027-02-30" })] },
      "goals.0.date",
      /real calendar date/,
    ],
    ["a date in the wrong form", { startDate: "04/01/2027" }, "startDate", /YYYY-MM-DD/],
    [
      "a goal id with spaces",
      { goals: [goal({ id: "my race" })] },
      "goals.0.id",
      /letters, digits/,
    ],
    [
      "race in the past",
      { goals: [goal({ date: "2026-11-24" })] },
      "goals.0.date",
      /in the past.*today is 2026-11-25/,
    ],
    [
      "race before the plan's start",
      { startDate: "2027-03-01", goals: [goal({ date: "2027-02-20" })] },
      "goals.0.date",
      /before the plan's start date 2027-03-01/,
    ],
    [
      "race this week, with no start date",
      { startDate: undefined, goals: [goal({ date: "2026-11-28" })] },
      "goals.0.date",
      /before the plan's start/,
    ],
    [
      "race too far away",
      { goals: [goal({ date: "2028-09-01" })] },
      "goals.0.date",
      /more than 78 weeks/,
    ],
    [
      "every day a rest day",
      {
        constraints: {
          restDays: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
          longRunDay: undefined,
        },
      },
      "constraints.restDays",
      /every day a rest day/,
    ],
    [
      "no run days",
      { constraints: { maxRunDaysPerWeek: 0 } },
      "constraints.maxRunDaysPerWeek",
      /at least one run/,
    ],
    [
      "long-run day is a rest day",
      { constraints: { restDays: ["mon", "sat"], longRunDay: "sat" } },
      "constraints.longRunDay",
      /"sat" is also one of the rest days/,
    ],
    [
      "unavailable from after to",
      { constraints: { unavailable: [{ from: "2027-03-10", to: "2027-03-01" }] } },
      "constraints.unavailable.0",
      /"from" 2027-03-10 is after "to" 2027-03-01/,
    ],
    [
      "race inside an unavailable period",
      { constraints: { unavailable: [{ from: "2027-06-20", to: "2027-06-26" }] } },
      "goals.0.date",
      /inside an unavailable period \(2027-06-20 to 2027-06-26\)/,
    ],
    [
      "an LTHR out of range",
      { athlete: { lthr: 500 } },
      "athlete.lthr",
      /^is 500: must be at most 230$/,
    ],
    [
      "LTHR above max HR",
      { athlete: { lthr: 190, maxHr: 185 } },
      "athlete.lthr",
      /190 bpm is not below the max heart rate \(185 bpm\)/,
    ],
    [
      "a race faster than anyone has run (seconds typed as minutes?)",
      { athlete: { recentRace: { distanceKm: 10, timeMin: 20 } } },
      "athlete.recentRace.timeMin",
      /10 km in 20 min gives a VDOT of \d+(\.\d)?: faster than anyone has raced/,
    ],
    [
      "a race slower than a walk",
      { athlete: { recentRace: { distanceKm: 5, timeMin: 90 } } },
      "athlete.recentRace.timeMin",
      /slower than a walk/,
    ],
    [
      "a threshold pace faster than anyone runs",
      { athlete: { thresholdPaceSecPerKm: 130 } },
      "athlete.thresholdPaceSecPerKm",
      /130 s per km gives a VDOT of .*faster than anyone/,
    ],
  ])("%s → %s", (_name, patch, field, message) => {
    const input = scenario(patch);
    for (const [k, v] of Object.entries(patch)) if (v === undefined) delete input[k];
    const constraints = input.constraints as Json;
    for (const [k, v] of Object.entries(constraints)) if (v === undefined) delete constraints[k];
    const issues = issuesOf(input);
    const match = issues.find((i) => i.field === field);
    expect(match, JSON.stringify(issues)).toBeDefined();
    expect(match?.message).toMatch(message);
  });

  it("accepts several goals", () => {
    const input = scenario({
      goals: [goal({ id: "half", date: "2027-04-11", distanceKm: 21.1 }), goal()],
    });
    const result = parseScenario(input, today);
    expect(result.ok && result.value.goals.map((g) => g.id)).toEqual(["half", "ultra"]);
  });

  it("names the goal whose id is already taken", () => {
    const issues = issuesOf(scenario({ goals: [goal({ date: "2027-04-11" }), goal()] }));
    expect(issues.map((i) => i.field)).toEqual(["goals.1.id"]);
    expect(issues.find((i) => i.field === "goals.1.id")?.message).toBe(
      '"ultra" is used by two goals',
    );
  });

  it("names a goal on the same day as another: one race a day", () => {
    const issues = issuesOf(scenario({ goals: [goal(), goal({ id: "tune-up", distanceKm: 10 })] }));
    expect(issues).toEqual([
      {
        field: "goals.1.date",
        message: 'race date 2027-06-26 is also the date of goal "ultra": one race a day',
      },
    ]);
  });

  it("reports every date and constraint problem at once", () => {
    const issues = issuesOf(
      scenario({
        goals: [goal({ date: "2026-10-01" })],
        constraints: {
          maxRunDaysPerWeek: 0,
          restDays: ["mon", "sat"],
          longRunDay: "sat",
          unavailable: [{ from: "2027-05-01", to: "2027-04-01" }],
        },
      }),
    );
    expect(issues.map((i) => i.field).sort()).toEqual([
      "constraints.longRunDay",
      "constraints.maxRunDaysPerWeek",
      "constraints.unavailable.0",
      "goals.0.date",
    ]);
  });

  it("refuses input that is not an object", () => {
    for (const input of [null, 42, "plan", []]) {
      const issues = issuesOf(input);
      expect(issues.length).toBeGreaterThan(0);
      expect(issues[0]?.field).toBe("");
    }
  });

  it("gives messages that read without the field (no zod boilerplate)", () => {
    const issues = issuesOf(scenario({ seed: "one", goals: [goal({ distanceKm: -1 })] }));
    for (const issue of issues) {
      expect(issue.message).not.toMatch(/^Invalid input/);
      expect(issue.message.length).toBeGreaterThan(3);
    }
  });
});

describe("the examples", () => {
  const dir = new URL("../../../examples/", import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
  const read = (f: string): Json => JSON.parse(readFileSync(new URL(f, dir), "utf8"));

  it("are there", () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  it.each(files)("%s parses", (file) => {
    const input = read(file);
    const result = parseScenario(input, today);
    expect(result.ok, JSON.stringify(result.ok ? null : result.error)).toBe(true);
    if (result.ok) expect(result.value.startDate).toBe(input.startDate);
  });
});
