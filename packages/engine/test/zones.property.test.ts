import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rules } from "../src/constants.ts";
import { predictTimeMin } from "../src/profile/paces.ts";
import { type Plan, planSchema, type SimpleStep, type Workout } from "../src/schema/plan.ts";
import type { ScenarioInput } from "../src/schema/scenario.ts";
import { isRunning } from "../src/validate/amounts.ts";
import { validatePlan } from "../src/validate/validate.ts";
import { runSteps } from "../src/workouts/steps.ts";
import { planOf, scenarioArbitrary } from "./scenario-arbitrary.ts";

const runs = Math.min(Number(process.env.CAIRN_PROPERTY_RUNS ?? 150), 150);
const timeoutMs = 120_000;

/** What the athlete may say of their fitness: a road race or a threshold pace, LTHR, max HR. */
const measuresArbitrary = fc.record({
  vdot: fc.double({ min: 25, max: 75, noNaN: true }),
  pacedBy: fc.constantFrom("race", "threshold", "none"),
  raceKm: fc.constantFrom(5, 10, 21.0975, 42.195),
  lthr: fc.option(fc.integer({ min: 140, max: 190 }), { nil: undefined }),
  maxHrAbove: fc.option(fc.integer({ min: 5, max: 30 }), { nil: undefined }),
});

const scenarioWithMeasures = fc.tuple(scenarioArbitrary, measuresArbitrary).map(([s, m]) => {
  const athlete: ScenarioInput["athlete"] = { ...s.athlete };
  if (m.pacedBy === "race")
    athlete.recentRace = { distanceKm: m.raceKm, timeMin: predictTimeMin(m.vdot, m.raceKm) };
  if (m.pacedBy === "threshold") athlete.thresholdPaceSecPerKm = 200 + (75 - m.vdot) * 5;
  if (m.lthr !== undefined) athlete.lthr = m.lthr;
  if (m.maxHrAbove !== undefined) athlete.maxHr = (m.lthr ?? 165) + m.maxHrAbove;
  return { ...s, athlete };
});

const workoutsOf = (p: Plan) => p.weeks.flatMap((w) => w.days.flatMap((d) => d.workouts));
const stepsOf = (w: Workout): SimpleStep[] =>
  w.steps.flatMap((s) => (s.kind === "repeat" ? s.steps : [s]));

describe("steps' pace and heart-rate targets, for any scenario and measures", () => {
  it(
    "set a pace where a race or threshold was given and heart rate where LTHR or max HR was, nothing else",
    () => {
      fc.assert(
        fc.property(scenarioWithMeasures, (scenario) => {
          const p = planOf(scenario);
          expect(planSchema.safeParse(p).success).toBe(true);
          expect(
            validatePlan(p).filter((f) => f.rule.startsWith("FMT") && f.severity === "error"),
          ).toEqual([]);
          const { paces, hrZones } = p.athleteProfile;
          const paced =
            scenario.athlete.recentRace !== undefined ||
            scenario.athlete.thresholdPaceSecPerKm !== undefined;
          const hr = scenario.athlete.lthr !== undefined || scenario.athlete.maxHr !== undefined;
          expect(paces !== undefined).toBe(paced);
          expect(hrZones !== undefined).toBe(hr);
          for (const w of workoutsOf(p)) {
            for (const step of stepsOf(w)) {
              if (!isRunning(w)) expect(step.paceSecPerKm ?? step.hrBpm).toBeUndefined();
              if (!paced || w.type === "race") expect(step.paceSecPerKm).toBeUndefined();
              if (paced && w.type !== "race" && w.type !== "hills")
                expect(step.paceSecPerKm, w.title).toBeDefined();
              const zone = hrZones?.find((z) => z.zone === step.zone);
              if (isRunning(w) && zone && step.durationMin >= 2)
                expect(step.hrBpm).toEqual([zone.min, zone.max]);
              else expect(step.hrBpm).toBeUndefined();
            }
          }
        }),
        { numRuns: runs, seed: 70 },
      );
    },
    timeoutMs,
  );

  it(
    "keep each workout's distance what its steps cover at those paces, less vert / 100 (km-effort)",
    () => {
      fc.assert(
        fc.property(scenarioWithMeasures, (scenario) => {
          fc.pre(
            scenario.athlete.recentRace !== undefined ||
              scenario.athlete.thresholdPaceSecPerKm !== undefined,
          );
          for (const w of workoutsOf(planOf(scenario))) {
            if (!isRunning(w) || w.type === "race" || w.type === "hills") continue;
            // Bands are whole seconds around the pace the distance was counted at: ±0.5 s.
            const km = (end: 0 | 1, slack: number) =>
              runSteps(w.steps).reduce(
                (sum, s) => sum + (s.durationMin * 60) / ((s.paceSecPerKm?.[end] ?? 0) + slack),
                0,
              ) -
              w.vertM * rules.kmEffortPerVertM;
            expect(w.distanceKm, w.title).toBeLessThanOrEqual(Math.max(0, km(0, -0.5)) + 0.1);
            expect(w.distanceKm, w.title).toBeGreaterThanOrEqual(Math.max(0, km(1, 0.5)) - 0.1);
          }
        }),
        { numRuns: runs, seed: 71 },
      );
    },
    timeoutMs,
  );
});
