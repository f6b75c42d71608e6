/**
 * Two goals on consecutive days: the second race's eve holds the first, which no plan can
 * turn into rest or a shake-out (TP-3). The runner is told, whatever the two races' modes.
 */
import { describe, expect, it } from "vitest";
import { generatePlan } from "../src/generate.ts";
import { validatePlan } from "../src/validate/validate.ts";

const weeks = ["2027-03-01", "2027-03-08", "2027-03-15", "2027-03-22"];
const scenario = {
  startDate: "2027-03-29",
  athlete: {
    history: {
      weeks: weeks.map((start) => ({ start, minutes: 300, runs: 5, longestRunMin: 120 })),
    },
  },
  goals: [
    { id: "tune-up", name: "Club 10K", date: "2027-07-24", distanceKm: 10, priority: "C" },
    {
      id: "ultra",
      name: "Ridge 50K",
      date: "2027-07-25",
      distanceKm: 50,
      surface: "trail",
      priority: "A",
    },
  ],
};

describe("two races on consecutive days", () => {
  const result = generatePlan(scenario, { today: "2027-03-01" });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const plan = result.value;

  it("warns that the second race's eve holds the first, naming both", () => {
    const warning = plan.warnings.find((w) => w.code === "RACES_BACK_TO_BACK");
    expect(warning).toMatchObject({
      id: "w-races-back-to-back-tune-up-ultra",
      rule: "TP-3",
      severity: "warn",
      date: "2027-07-25",
    });
    expect(warning?.message).toContain("Club 10K on 24 Jul is the day before Ridge 50K");
  });

  it("reads the race on the eve as information once told, and keeps every other rule", () => {
    const findings = validatePlan(plan).filter((f) => f.rule === "TP-3");
    expect(findings).toEqual([expect.objectContaining({ measure: "raceOnEve", severity: "info" })]);
    expect(validatePlan(plan).filter((f) => f.severity === "error")).toEqual([]);
  });
});
