import { describe, expect, it } from "vitest";
import type { PhaseKind } from "../schema/plan.ts";
import type { WeekTarget } from "../targets/week-target.ts";
import { addStrides } from "./easy-runs.ts";
import type { Session } from "./session.ts";
import { easyRun, qualityShare } from "./sessions.test-util.ts";
import { topUpWithSteadyFinish } from "./steady-finish.ts";
import { totalMinutes, work } from "./steps.ts";

const weekIn = (phase: PhaseKind) => ({ frame: { phase } }) as WeekTarget;
/** 6 × 1 min uphill, jogging down: an easy run's hill strides. */
const strides = { kind: "repeat" as const, times: 6, steps: [work(1, "z3"), work(2, "z1")] };
/** A specific week whose only run is `run`, topped up to IN-1's floor. */
function toppedUpAlone(run: Session) {
  const sessions = [run];
  topUpWithSteadyFinish(sessions, weekIn("specific"));
  return { sessions, changed: sessions[0] as Session };
}
/** An easy run of `minutes` with hill strides at its end. */
const hillsRun = (day: number, minutes: number) =>
  easyRun(day, minutes, { type: "hills", steps: [work(minutes - 18, "z2"), strides] });

describe("topUpWithSteadyFinish (IN-1 floor without a key session)", () => {
  it("turns the longest easy run of an all-easy taper week into a steady finish inside the band", () => {
    const sessions = [easyRun(1, 40), easyRun(3, 90), easyRun(5, 40)];
    topUpWithSteadyFinish(sessions, weekIn("taper"));
    const changed = sessions[1] as Session;
    expect(changed).toMatchObject({ type: "progression", intensity: "moderate", day: 3 });
    expect(totalMinutes(changed.steps)).toBe(90);
    expect(qualityShare(sessions)).toBeGreaterThanOrEqual(0.1);
    expect(qualityShare(sessions)).toBeLessThanOrEqual(0.2);
    expect(sessions[0]?.type).toBe("easy");
  });

  it("never puts the steady finish on a race's eve nor on RC-1's first days after it", () => {
    const race = easyRun(5, 60, { type: "race", intensity: "hard" });
    const sessions = [easyRun(1, 30), easyRun(4, 90), race, easyRun(6, 90)];
    topUpWithSteadyFinish(sessions, weekIn("build"), new Set([6]));
    expect(sessions.map((s) => s.type)).toEqual(["progression", "easy", "race", "easy"]);
  });

  it("finishes a week's only run steady on Sunday, unless a race opens next week", () => {
    const sunday = () => [easyRun(6, 120)];
    const open = sunday();
    topUpWithSteadyFinish(open, weekIn("specific"));
    expect(open[0]).toMatchObject({ type: "progression", intensity: "moderate" });
    expect(qualityShare(open)).toBeGreaterThanOrEqual(0.1);
    const eve = sunday();
    topUpWithSteadyFinish(eve, weekIn("specific"), new Set(), true);
    expect(eve[0]?.type).toBe("easy");
  });

  it("leaves a week alone when IN-2 has no room for another moderate session", () => {
    const hard = easyRun(1, 60, { type: "intervals", intensity: "hard", steps: [work(60, "z2")] });
    const long = easyRun(6, 150, { type: "long" });
    const sessions = [hard, easyRun(3, 60), long];
    topUpWithSteadyFinish(sessions, weekIn("build"));
    expect(sessions.map((s) => s.type)).toEqual(["intervals", "easy", "long"]);
  });

  it("leaves a week alone that already holds its quality, or a recovery week", () => {
    const tempo = easyRun(2, 60, {
      type: "tempo",
      intensity: "hard",
      steps: [work(30, "z2"), work(30, "z4")],
    });
    const full = [tempo, easyRun(4, 60)];
    topUpWithSteadyFinish(full, weekIn("build"));
    expect(full[1]?.type).toBe("easy");
    const recovery = [easyRun(1, 40), easyRun(3, 40)];
    topUpWithSteadyFinish(recovery, weekIn("recovery"));
    expect(recovery.map((s) => s.type)).toEqual(["easy", "easy"]);
  });

  it("gives a week whose only run is an easy run with hill strides a steady part before them", () => {
    const { sessions, changed } = toppedUpAlone(hillsRun(0, 120));
    expect(changed).toMatchObject({ type: "hills", intensity: "moderate" });
    expect(totalMinutes(changed.steps)).toBe(120);
    expect(changed.steps.at(-1)).toEqual(strides);
    expect(qualityShare(sessions)).toBeGreaterThanOrEqual(0.1);
  });

  it("finishes a short lone run steady for what the week lacks when five minutes would pass IN-1's ceiling", () => {
    const sessions = [addStrides(easyRun(6, 26))];
    topUpWithSteadyFinish(sessions, weekIn("build"));
    const changed = sessions[0] as Session;
    expect(changed.type).toBe("progression");
    expect(totalMinutes(changed.steps)).toBe(26);
    expect(qualityShare(sessions)).toBeGreaterThanOrEqual(0.1);
    expect(qualityShare(sessions)).toBeLessThanOrEqual(0.2);
  });

  it("prefers a plain easy run to one with hill strides", () => {
    const hills = hillsRun(1, 90);
    const sessions = [hills, easyRun(3, 60)];
    topUpWithSteadyFinish(sessions, weekIn("build"));
    expect(sessions.map((s) => s.type)).toEqual(["hills", "progression"]);
  });

  it("gives a week a few minutes short of the floor the shortest steady part worth running", () => {
    const { sessions, changed } = toppedUpAlone(hillsRun(0, 66));
    expect(changed.steps[1]).toMatchObject({ zone: "z3", durationMin: 5 });
    expect(qualityShare(sessions)).toBeGreaterThanOrEqual(0.1);
    expect(qualityShare(sessions)).toBeLessThanOrEqual(0.2);
  });

  it("runs up to half of an easy run steady when the week needs it (a progression run)", () => {
    const long = easyRun(0, 112, { type: "long" });
    const sessions = [long, easyRun(2, 75), easyRun(3, 75), easyRun(5, 60)];
    topUpWithSteadyFinish(sessions, weekIn("build"));
    const changed = sessions.find((s) => s.type === "progression") as Session;
    const steady = changed.steps[1];
    if (steady?.kind !== "work") throw new Error("no steady part");
    expect(steady.zone).toBe("z3");
    // More than 40% of the run, which fell short of the floor; at most half of it.
    expect(steady.durationMin).toBeGreaterThan(30);
    expect(steady.durationMin).toBeLessThanOrEqual(37.5);
    expect(qualityShare(sessions)).toBeGreaterThanOrEqual(0.1);
  });
});
