/**
 * A season ending on a training race (C, MG-1): its race week's why and the race's say so, not
 * that it is a B race's mini-taper or a goal race its taper was built for.
 */
import { describe, expect, it } from "vitest";
import type { ScenarioInput } from "../src/schema/scenario.ts";
import { planOf } from "./scenario-arbitrary.ts";

const scenario: ScenarioInput = {
  startDate: "2027-01-04",
  athlete: { level: "intermediate", birthYear: 1988 },
  goals: [
    {
      id: "half",
      name: "Spring Half",
      date: "2027-04-18",
      distanceKm: 21.1,
      surface: "road",
      elevationGainM: 40,
      priority: "A",
    },
    {
      id: "parkrun",
      name: "Summer 10K",
      date: "2027-06-20",
      distanceKm: 10,
      surface: "road",
      elevationGainM: 20,
      priority: "C",
    },
  ],
};

describe("a season's last race, a training race", () => {
  it("has a race week whose why, and the race's, name it a training race", () => {
    const plan = planOf(scenario);
    const week = plan.weeks.find((w) => w.phase === "race" && w.goalId === "parkrun");
    expect(week?.why).toContain("Summer 10K, a training race");
    expect(week?.why).not.toContain("B race");
    const race = week?.days.flatMap((d) => d.workouts).find((w) => w.type === "race");
    expect(race?.why).toMatch(/^Training race: Summer 10K/);
    expect(race?.why).not.toContain("taper");
  });
});
