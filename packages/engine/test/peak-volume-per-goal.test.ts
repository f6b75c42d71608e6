/**
 * PR-5 read for each race the plan peaks for: the biggest week of the weeks that lead to it,
 * against its own distance's range. The season's longest race alone was read before, over
 * every week: a 100-miler whose block followed a B marathon peaked at 8 h 39 against an
 * advanced runner's 12–18 h without a word, its peak met by the marathon's block; and a
 * marathon building toward a 100K half a year later peaked at 13 h 08, over its 8.5–12 h.
 */
import { describe, expect, it } from "vitest";
import type { ScenarioInput } from "../src/schema/scenario.ts";
import { validatePlan } from "../src/validate/validate.ts";
import { raceGoal } from "./race-goal.ts";
import { planOf } from "./scenario-arbitrary.ts";

const history = (minutes: number, longestRunMin: number) => ({
  weeks: ["2026-12-07", "2026-12-14", "2026-12-21", "2026-12-28"].map((start) => ({
    start,
    minutes,
    runs: 4,
    longestRunMin,
    vertM: 200,
  })),
});

const season = (goals: ScenarioInput["goals"], minutes: number): ScenarioInput => ({
  startDate: "2027-01-04",
  seed: 1,
  athlete: { level: "advanced", birthYear: 1985, history: history(minutes, 160) },
  constraints: { maxRunDaysPerWeek: 6, strength: true },
  goals,
});

/** A season's race, named as the warnings will name it. */
const race = (name: string, ...goal: Parameters<typeof raceGoal>) => ({
  ...raceGoal(...goal),
  name,
});

const pr5 = (scenario: ScenarioInput) => planOf(scenario).warnings.filter((w) => w.rule === "PR-5");

describe("PR-5 for each peak of a season", () => {
  it("names a peak whose block after a B race stays under its range, and the race before it", () => {
    const scenario = season(
      [
        race("Mountain Marathon", "mm", "2027-03-27", "B", {
          distanceKm: 42.2,
          surface: "mountain",
          elevationGainM: 2500,
        }),
        race("Hundred", "hundred", "2027-05-30", "A", {
          distanceKm: 161,
          surface: "trail",
          elevationGainM: 4800,
        }),
      ],
      400,
    );
    const [below] = pr5(scenario);
    expect(below).toMatchObject({ id: "w-peak-below-range-hundred", code: "PEAK_BELOW_RANGE" });
    expect(below?.message).toMatch(/^Hundred: Peak weeks reach .* below the usual 12 h 00–18 h 00/);
    expect(below?.message).toContain("the time from Mountain Marathon to the race");
    expect(validatePlan(planOf(scenario)).filter((f) => f.rule === "PR-5")).toEqual([]);
  });

  it("says a shorter race's block runs over its range because it builds for a longer one", () => {
    const scenario = season(
      [
        race("City Marathon", "city", "2027-06-18", "A", { distanceKm: 42.2, elevationGainM: 100 }),
        race("Alpine 100K", "ultra", "2027-12-03", "A", {
          distanceKm: 100,
          surface: "mountain",
          elevationGainM: 6000,
        }),
      ],
      553,
    );
    const above = pr5(scenario).find((w) => w.id === "w-peak-above-range-city");
    expect(above?.message).toMatch(
      /^City Marathon: Peak weeks reach .* above the usual 8 h 30–12 h 00/,
    );
    expect(above?.message).toContain("they also build for Alpine 100K, the longer race ahead");
  });
});
