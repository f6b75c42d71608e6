import { describe, expect, it } from "vitest";
import { planWarning } from "../schema/plan.ts";
import { conflictWarnings } from "./conflict-warnings.ts";
import { resolveSeason, type SeasonGoalInput } from "./conflicts.ts";

const startDate = "2027-02-01";
const ultra: SeasonGoalInput = {
  id: "ultra",
  name: "Forest 50K",
  date: "2027-05-30",
  distanceKm: 50,
  priority: "A",
};
const goals: SeasonGoalInput[] = [
  { id: "hm", name: "City Half", date: "2027-05-02", distanceKm: 21.1, priority: "A" },
  ultra,
];

describe("conflictWarnings", () => {
  it("an open conflict is a warn-level warning with its rule, date and choices", () => {
    const { conflicts } = resolveSeason({ startDate, goals, choices: {} });
    const [w] = conflictWarnings(conflicts);
    expect(w).toMatchObject({
      id: "w-peaks-overlap-hm-ultra",
      code: "PEAKS_OVERLAP",
      rule: "MG-2",
      severity: "warn",
      date: "2027-05-02",
    });
    expect(w?.message).toBe(conflicts[0]?.message);
    expect(w?.choices).toEqual(conflicts[0]?.choices);
    expect(planWarning.safeParse(w).success).toBe(true);
  });

  it("an answered conflict raises nothing", () => {
    const choices = { "w-peaks-overlap-hm-ultra": "hm-primary" };
    const { conflicts } = resolveSeason({ startDate, goals, choices });
    expect(conflicts).toHaveLength(1);
    expect(conflictWarnings(conflicts)).toEqual([]);
  });

  it.each([
    ["same week", "2027-05-28", "RACES_SAME_WEEK", "MG-1"],
    ["in the taper", "2027-05-22", "RACE_IN_TAPER", "MG-1"],
  ])("a B race %s answers to MG-1", (_, date, code, rule) => {
    const bRace = { id: "10k", date, distanceKm: 10, priority: "B" as const };
    const { conflicts } = resolveSeason({ startDate, goals: [bRace, ultra], choices: {} });
    expect(conflictWarnings(conflicts)).toMatchObject([{ code, rule }]);
  });

  it("a build too short answers to PH-2", () => {
    const soon = { id: "ultra", date: "2027-02-21", distanceKm: 50, priority: "A" as const };
    const { conflicts } = resolveSeason({ startDate, goals: [soon], choices: {} });
    expect(conflictWarnings(conflicts)).toMatchObject([{ code: "BUILD_TOO_SHORT", rule: "PH-2" }]);
  });
});
