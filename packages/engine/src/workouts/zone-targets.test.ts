import { describe, expect, it } from "vitest";
import { workoutOf } from "../contribution/workout.test-util.ts";
import type { ZoneTargets } from "../profile/zone-targets.ts";
import type { SimpleStep, Step, Week, Workout, WorkoutType } from "../schema/plan.ts";
import { cooldown, recover, repeat, warmup, work } from "./steps.ts";
import { withZoneTargets } from "./zone-targets.ts";

const pace: Required<ZoneTargets>["pace"] = {
  z1: [370, 410],
  z2: [320, 370],
  z3: [290, 300],
  z4: [270, 280],
  z5: [250, 260],
};
const hrBpm: Required<ZoneTargets>["hrBpm"] = {
  z1: [120, 142],
  z2: [143, 151],
  z3: [152, 159],
  z4: [160, 167],
  z5: [168, 178],
};
const targets: ZoneTargets = { pace, hrBpm };

const workout = (type: WorkoutType, steps: Step[]): Workout => workoutOf({ type, steps });

function weekOf(...workouts: Workout[]): Week {
  return {
    index: 0,
    startDate: "2027-01-04",
    phase: "build",
    kind: "build",
    targets: { volumeMin: 0, longRunMin: 0, vertM: 0, qualityMin: 0 },
    totals: {
      volumeMin: 0,
      runMin: 0,
      longRunMin: 0,
      vertM: 0,
      qualityMin: 0,
      easyShare: 1,
      distanceKm: 0,
      load: 0,
    },
    goalSplit: { goal: 1 },
    why: "",
    days: [
      { date: "2027-01-04", workouts },
      ...Array(6).fill({ date: "2027-01-05", workouts: [] }),
    ],
  };
}

const tempo = workout("tempo", [warmup(15), repeat(3, work(10, "z4"), recover(1)), cooldown(10)]);
const simple = (w: Workout): SimpleStep[] =>
  w.steps.flatMap((s) => (s.kind === "repeat" ? s.steps : [s]));
const targeted = (...ws: Workout[]) =>
  withZoneTargets(weekOf(...ws), targets).days[0]?.workouts ?? [];

describe("withZoneTargets", () => {
  it("gives each step its zone's pace band, and heart rate when it lasts 2 minutes or more", () => {
    const [warm, rep, jog, cool] = simple(targeted(tempo)[0] ?? tempo);
    expect(warm).toMatchObject({ zone: "z2", paceSecPerKm: [320, 370], hrBpm: [143, 151] });
    expect(rep).toMatchObject({ zone: "z4", paceSecPerKm: [270, 280], hrBpm: [160, 167] });
    expect(jog).toMatchObject({ zone: "z1", paceSecPerKm: [370, 410] });
    expect(jog?.hrBpm).toBeUndefined();
    expect(cool).toMatchObject({ paceSecPerKm: [320, 370], hrBpm: [143, 151] });
  });

  it("paces a hill session's warm-up but not its reps on the grade", () => {
    const hills = workout("hills", [warmup(15), repeat(6, work(3, "z4", "uphill"), recover(3))]);
    const [warm, climb, down] = simple(targeted(hills)[0] ?? hills);
    expect(warm?.paceSecPerKm).toEqual([320, 370]);
    expect(climb?.paceSecPerKm).toBeUndefined();
    expect(down?.paceSecPerKm).toBeUndefined();
    expect(climb?.hrBpm).toEqual([160, 167]);
  });

  it("gives a race heart rate but no training pace", () => {
    const [race] = simple(targeted(workout("race", [work(200, "z3", "42.2 km")]))[0] as Workout);
    expect(race?.paceSecPerKm).toBeUndefined();
    expect(race?.hrBpm).toEqual([152, 159]);
  });

  it("leaves strength, mobility and rest alone", () => {
    const strength = workout("strength", [work(20, "z2")]);
    const rest = workout("rest", []);
    expect(targeted(strength, rest)).toEqual([strength, rest]);
  });

  it("sets only what was measured: pace without heart rate, or nothing at all", () => {
    const week = weekOf(tempo);
    const paceOnly = withZoneTargets(week, { pace });
    for (const step of simple(paceOnly.days[0]?.workouts[0] as Workout)) {
      expect(step.paceSecPerKm).toBeDefined();
      expect(step.hrBpm).toBeUndefined();
    }
    expect(withZoneTargets(week, {})).toBe(week);
  });
});
