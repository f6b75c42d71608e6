import { describe, expect, it } from "vitest";
import { addDays } from "../dates.ts";
import { generatePlan } from "../generate.ts";
import type { Plan } from "../schema/plan.ts";
import type { ScenarioInput } from "../schema/scenario.ts";
import { dayAt, makePlan, workoutAt } from "../validate/fixtures.test-util.ts";
import { validatePlan } from "../validate/validate.ts";
import { planFacts } from "../validate/week-facts.ts";
import { formWarnings } from "./form-warnings.ts";

const cross = (durationMin: number) => ({
  ...workoutAt(makePlan(), 0, 0),
  type: "cross" as const,
  durationMin,
});

/** The plan carrying the warnings read off it, as the generator hands it over. */
function warned(plan: Plan): Plan {
  plan.warnings = formWarnings(planFacts(plan));
  return plan;
}

const unexplained = (plan: Plan, rule: string) =>
  validatePlan(plan).filter((f) => f.rule === rule && f.severity === "warn");

describe("form warnings (LD-1, LD-2)", () => {
  it("says the dip after a race is the race's own load, expected, with RC-1's easy days after", () => {
    const plan = warned(makePlan());
    expect(plan.warnings).toEqual([
      expect.objectContaining({
        code: "FATIGUE_AFTER_RACE",
        rule: "LD-2",
        severity: "warn",
        date: "2027-04-18",
        weekIndex: 14,
      }),
    ]);
    expect(plan.warnings[0]?.message).toMatch(
      /^Form falls to −40 in the days after the race on 17 Apr .*the race's own load, and it is expected after a race\. The 14 days after it .*\(RC-1\)/,
    );
    expect(unexplained(plan, "LD-2")).toEqual([]);
  });

  it("says a dip from training comes from training", () => {
    const plan = makePlan();
    dayAt(plan, 4, 0).workouts.push(cross(600));
    const codes = warned(plan).warnings.map((w) => w.code);
    expect(codes).toEqual(["DEEP_FATIGUE", "FATIGUE_AFTER_RACE"]);
    expect(plan.warnings[0]?.message).toMatch(/deep fatigue from training on 1 occasion/);
  });

  it("says when fitness peaks, why it matters and what to do, when it peaks months out", () => {
    const plan = makePlan();
    for (const w of [0, 1]) for (const d of [1, 3, 5]) dayAt(plan, w, d).workouts.push(cross(300));
    const [peak] = warned(plan).warnings.filter((w) => w.rule === "LD-1");
    expect(peak).toEqual(expect.objectContaining({ code: "FITNESS_PEAK_EARLY", weekIndex: 1 }));
    expect(peak?.message).toMatch(/^Fitness .* peaks on \d+ Jan, \d+ days before the race/);
    expect(peak?.message).toMatch(/the base and build weeks hold more load/);
    expect(peak?.message).toMatch(/faded about \d+%/);
    expect(peak?.message).toMatch(/add easy minutes there/);
    expect(unexplained(plan, "LD-1")).toEqual([]);
  });

  it("warns of race-day form and of fitness still rising in the last week", () => {
    const plan = makePlan();
    for (const d of [0, 1, 2, 3]) dayAt(plan, 14, d).workouts.push(cross(180));
    const found = warned(plan).warnings.filter((w) => w.rule === "LD-1");
    expect(found.map((w) => w.code)).toEqual(["RACE_FORM", "FITNESS_PEAK_LATE"]);
    expect(found[0]?.message).toMatch(
      /race-day form of −\d+ on 17 Apr, below the usual \+5 to \+25/,
    );
    expect(found[1]?.message).toMatch(/still rises (until|into race day)/);
  });
});

describe("a generated plan whose fitness peaks at its start", () => {
  // An advanced runner whose recent weeks hold more load than the plan's biggest.
  const history = Array.from({ length: 12 }, (_, i) => ({
    start: addDays("2027-06-07", (i - 12) * 7),
    minutes: 650,
    runs: 6,
    longestRunMin: 155,
    vertM: 270,
  }));
  const scenario: ScenarioInput = {
    startDate: "2027-06-07",
    athlete: {
      history: { weeks: history },
      recentRace: { distanceKm: 21.1, timeMin: 82, date: "2027-04-25" },
    },
    constraints: { maxRunDaysPerWeek: 6, restDays: ["fri"], longRunDay: "sun" },
    goals: [{ id: "mara", date: "2027-10-24", distanceKm: 42.2, surface: "road", priority: "A" }],
  };
  const result = generatePlan(scenario, { today: "2026-11-25" });
  if (!result.ok) throw new Error("refused");
  const plan = result.value;

  it("carries the warning, and the validator finds nothing left unexplained", () => {
    const peak = plan.warnings.find((w) => w.code === "FITNESS_PEAK_EARLY");
    expect(peak?.message).toMatch(/peaks on 8 Jun, 138 days before the race/);
    expect(peak?.message).toMatch(/you start the plan at its fittest/);
    for (const rule of ["LD-1", "LD-2", "PR-5"]) expect(unexplained(plan, rule)).toEqual([]);
  });
});
