import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ScenarioInput } from "@cairn/engine";
import { describe, expect, it } from "vitest";
import { addDays } from "../format/dates.ts";
import { emptyDraft } from "./draft.ts";
import { convertDraft, draftOfScenario } from "./draft-of-scenario.ts";
import { formatRaceTime, parseRaceTime } from "./race-time.ts";
import { scenarioOfDraft } from "./scenario-of-draft.ts";
import { shiftExample } from "./shift-example.ts";
import { fieldName, problemAt, validateDraft } from "./validation.ts";

const example = (name: string): ScenarioInput =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../../../examples/${name}.json`), "utf8"));
const today = "2026-12-02";

describe("the setup draft", () => {
  it.each(["100k-trail-intermediate", "hm-and-50k", "5k-beginner-no-history", "marathon-advanced"])(
    "gives back the example it was made from (%s)",
    (name) => {
      const scenario = example(name);
      const { scenario: again, issues } = scenarioOfDraft(draftOfScenario(scenario, "km"), today);
      expect(issues).toEqual([]);
      expect(again).toMatchObject(scenario as Record<string, unknown>);
    },
  );

  it("keeps distances and climbing when typed in miles and feet", () => {
    const scenario = example("100k-trail-intermediate");
    const miles = convertDraft(draftOfScenario(scenario, "km"), "mi");
    expect(miles.goals[0]?.distance).toBe("62.14");
    expect(miles.goals[0]?.vert).toBe("11483");
    const { scenario: again } = scenarioOfDraft(miles, today);
    expect(again.goals[0]?.distanceKm).toBeCloseTo(100, 1);
    expect(again.goals[0]?.elevationGainM).toBeCloseTo(3500, -1);
    expect(again.units).toBe("imperial");
  });

  it("names what is not a number, and stands in for a missing date so the rest is still checked", () => {
    const draft = emptyDraft("km");
    const goal = {
      ...(draft.goals[0] as (typeof draft.goals)[0]),
      name: "Trail 50K",
      distance: "fifty",
    };
    const { scenario, issues } = scenarioOfDraft({ ...draft, goals: [goal] }, today);
    expect(issues).toEqual([
      { field: "goals.0.date", message: "is needed: the day of the race" },
      { field: "goals.0.distanceKm", message: '"fifty" is not a number' },
    ]);
    expect(scenario.goals[0]?.id).toBe("trail-50k");
    expect(scenario.goals[0]?.date).toBe("2027-04-21");
  });

  it("lets the engine judge the rest, in its own words", () => {
    const draft = draftOfScenario(example("hm-and-50k"), "km");
    draft.goals[0] = { ...(draft.goals[0] as (typeof draft.goals)[0]), date: "2026-10-01" };
    draft.constraints.restDays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    const { problems } = validateDraft(draft, today);
    expect(problemAt(problems, "goals.0.date")).toMatch(/in the past/);
    expect(problemAt(problems, "constraints.restDays")).toMatch(/every day a rest day/);
    expect(problemAt(problems, "goals.1")).toBeUndefined();
    expect(fieldName("goals.0.date")).toBe("Goal 1, race date");
    expect(fieldName("athlete.recentRace.timeMin")).toBe("Recent race, time");
  });

  it("reads race times as runners write them", () => {
    expect(parseRaceTime("1:45:30")).toBe(105.5);
    expect(parseRaceTime("46:00")).toBe(46);
    expect(parseRaceTime("46")).toBe(46);
    expect(parseRaceTime("1:75:00")).toBeUndefined();
    expect(parseRaceTime("fast")).toBeUndefined();
    expect(formatRaceTime(105.5)).toBe("1:45:30");
    expect(formatRaceTime(46)).toBe("46:00");
  });

  it("moves an example whose start has passed to the next Monday, dates together", () => {
    const scenario = example("hm-and-50k");
    expect(shiftExample(scenario, today)).toBe(scenario);
    const moved = shiftExample(scenario, "2027-02-10");
    expect(moved.startDate).toBe("2027-02-15");
    expect(moved.goals.map((g) => g.date)).toEqual(["2027-05-23", "2027-07-17"]);
    const lastWeek = scenario.athlete?.history?.weeks?.at(-1)?.start ?? "";
    expect(moved.athlete?.history?.weeks?.at(-1)?.start).toBe(addDays(lastWeek, 42));
  });
});
