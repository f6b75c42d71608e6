import { describe, expect, it } from "vitest";
import type { Plan } from "../schema/plan.ts";
import { dayAt, makePlan, workoutAt } from "../validate/fixtures.test-util.ts";
import { validatePlan } from "../validate/validate.ts";
import { planFacts } from "../validate/week-facts.ts";
import { peakVolumeWarnings } from "./peak-volume-warnings.ts";

const mobility = (durationMin: number) => ({
  ...workoutAt(makePlan(), 0, 0),
  type: "mobility" as const,
  durationMin,
});

function warned(plan: Plan): Plan {
  plan.warnings = peakVolumeWarnings(planFacts(plan));
  return plan;
}

const unexplained = (plan: Plan) =>
  validatePlan(plan).filter((f) => f.rule === "PR-5" && f.severity === "warn");

// The fixture's biggest week, weeks[8], runs 7 h 30 and holds 8 h 00 with its strength.
describe("PR-5 warnings", () => {
  it("say nothing when the peak is in range both ways", () => {
    expect(warned(makePlan()).warnings).toEqual([]);
  });

  it("name both readings when the peak is below the range", () => {
    const plan = makePlan();
    plan.athleteProfile.level = "advanced"; // 9–13 h
    expect(warned(plan).warnings).toEqual([
      expect.objectContaining({ code: "PEAK_BELOW_RANGE", rule: "PR-5", weekIndex: 8 }),
    ]);
    expect(plan.warnings[0]?.message).toBe(
      "Peak weeks reach 7 h 30 of running (8 h 00 with strength and mobility), below the usual 9 h 00–13 h 00 for this race: your ramp cap and the time to the race don't allow more safely. Expect to race conservatively.",
    );
    expect(unexplained(plan)).toEqual([]);
  });

  it("name the athlete's weekly maximum when it is under the range and caps the peak (PR-4)", () => {
    const plan = makePlan();
    plan.athleteProfile.level = "advanced"; // 9–13 h
    plan.scenario.constraints.maxWeeklyMin = 480;
    expect(warned(plan).warnings[0]?.message).toBe(
      "Peak weeks reach 7 h 30 of running (8 h 00 with strength and mobility), below the usual 9 h 00–13 h 00 for this race: your weekly maximum of 8 h 00 (strength and mobility included) caps them. Expect to race conservatively.",
    );
    // A maximum inside the range is not what held the peak under it.
    plan.scenario.constraints.maxWeeklyMin = 600;
    expect(warned(plan).warnings[0]?.message).toMatch(/your ramp cap and the time to the race/);
  });

  it("say when running alone is below the range and the whole week is not", () => {
    const plan = makePlan();
    plan.athleteProfile.level = "advanced";
    dayAt(plan, 8, 0).workouts.push(mobility(80));
    expect(warned(plan).warnings[0]?.message).toMatch(
      /^Peak weeks reach 7 h 30 of running \(9 h 20 with strength and mobility\), below the usual 9 h 00–13 h 00 for this race, though the whole week is inside it:/,
    );
    expect(unexplained(plan)).toEqual([]);
  });

  it("warn when strength and mobility carry the week over the range", () => {
    const plan = makePlan(); // 50K intermediate: 7–9 h
    dayAt(plan, 8, 0).workouts.push(mobility(70));
    expect(warned(plan).warnings).toEqual([
      expect.objectContaining({ code: "PEAK_ABOVE_RANGE", severity: "warn", weekIndex: 8 }),
    ]);
    expect(plan.warnings[0]?.message).toMatch(
      /^With strength and mobility your biggest week holds 9 h 10, above the usual 7 h 00–9 h 00 for this race \(its 7 h 30 of running is inside it\)/,
    );
    expect(unexplained(plan)).toEqual([]);
  });

  it("warn when running itself is above the range", () => {
    const plan = makePlan({ distanceKm: 21.1 }); // half, intermediate: 5–7 h
    expect(warned(plan).warnings.map((w) => w.code)).toEqual(["PEAK_ABOVE_RANGE"]);
    expect(plan.warnings[0]?.message).toMatch(
      /^You already run 7 h 30 a week \(8 h 00 with strength and mobility\), above/,
    );
  });
});
