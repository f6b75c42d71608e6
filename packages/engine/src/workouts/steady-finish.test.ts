import { describe, expect, it } from "vitest";
import type { PhaseKind } from "../schema/plan.ts";
import type { WeekTarget } from "../targets/week-target.ts";
import type { Session } from "./session.ts";
import { easyRun, qualityShare } from "./sessions.test-util.ts";
import { topUpWithSteadyFinish } from "./steady-finish.ts";
import { totalMinutes, work } from "./steps.ts";

const weekIn = (phase: PhaseKind) => ({ frame: { phase } }) as WeekTarget;

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

  it("never puts the steady finish on a race's eve or on Sunday", () => {
    const race = easyRun(5, 60, { type: "race", intensity: "hard" });
    const sessions = [easyRun(1, 30), easyRun(4, 90), race, easyRun(6, 90)];
    topUpWithSteadyFinish(sessions, weekIn("build"));
    expect(sessions.map((s) => s.type)).toEqual(["progression", "easy", "race", "easy"]);
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
});
