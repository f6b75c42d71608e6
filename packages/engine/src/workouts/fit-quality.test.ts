import { describe, expect, it } from "vitest";
import { resolveConstraints } from "../constraints.ts";
import { seededRandom } from "../random.ts";
import type { PhaseKind } from "../schema/plan.ts";
import type { WeekTarget } from "../targets/week-target.ts";
import { capQuality, longFinishInBand } from "./fit-quality.ts";
import type { Session } from "./session.ts";
import { easyRun, qualityShare } from "./sessions.test-util.ts";
import { work } from "./steps.ts";
import type { WeekContext } from "./week-sessions.ts";

const weekIn = (phase: PhaseKind, runMin: number) => ({ frame: { phase }, runMin }) as WeekTarget;
const ctx = {
  constraints: resolveConstraints({}, "intermediate"),
  maxRunMin: 240,
  random: seededRandom(1),
  paces: { z1: 420, z2: 390, z3: 330, z4: 300, z5: 270 },
} as unknown as WeekContext;
/** 6 × 1 min uphill, jogging down: an easy run's hill strides. */
const strides = { kind: "repeat" as const, times: 6, steps: [work(1, "z3"), work(2, "z1")] };
const hillsRun = (day: number, minutes: number) =>
  easyRun(day, minutes, { type: "hills", steps: [work(minutes - 18, "z2"), strides] });
const hard = (day: number, z4: number) =>
  easyRun(day, 20, {
    type: "intervals",
    intensity: "hard",
    steps: [work(20 - z4, "z2"), work(z4, "z4")],
  });

describe("capQuality (IN-1 ceiling)", () => {
  it("cuts the week's biggest quality to IN-1's 20%, an easy run's hill strides included", () => {
    // A week of one run: 6 of 24 minutes above easy, 25%.
    const sessions: Session[] = [hillsRun(3, 24)];
    expect(qualityShare(sessions)).toBeGreaterThan(0.2);
    capQuality(sessions, 0, weekIn("specific", 24), ctx, () => 0);
    expect(qualityShare(sessions)).toBeLessThanOrEqual(0.2);
  });

  it("leaves an easy run's hill strides easy beside two sessions: rebuilt, it would be a third (IN-2)", () => {
    const hills = hillsRun(3, 24);
    // 16 of 64 minutes above easy, the hill strides' 6 the most of any run.
    const sessions: Session[] = [hard(1, 5), hills, hard(5, 5)];
    expect(qualityShare(sessions)).toBeGreaterThan(0.2);
    capQuality(sessions, 0, weekIn("specific", 64), ctx, () => 0);
    expect(sessions[1]).toEqual(hills);
    expect(sessions.filter((s) => s.intensity !== "easy")).toHaveLength(2);
  });
});

describe("longFinishInBand (IN-1 floor)", () => {
  const longWeek = (phase: PhaseKind, longRunMin: number) =>
    ({ frame: { phase }, runMin: 0, longRunMin, backToBack: false }) as WeekTarget;
  const fartlek = (day: number) =>
    easyRun(day, 49, {
      type: "fartlek",
      intensity: "hard",
      steps: [work(21, "z2"), work(16, "z5"), work(12, "z1")],
    });

  it("gives a week a minute short of its floor a finish of a few minutes, never a minute's", () => {
    // 16 of 260 minutes above easy (6.2%): base keeps at least 6.5% with its margin.
    const others = [fartlek(1), easyRun(3, 37), easyRun(4, 35), easyRun(5, 35)];
    const finish = longFinishInBand(others, longWeek("base", 104), 0);
    expect(finish).toBeGreaterThanOrEqual(5);
    expect(finish).toBeLessThanOrEqual(Math.round(104 * 0.15));
  });

  it("leaves out a planned finish IN-1's ceiling squeezes under a few minutes", () => {
    // 28 of 168 minutes above easy: specific keeps at most 18.5%, room for 3 more.
    const sharp = (day: number) =>
      easyRun(day, 48, {
        type: "intervals",
        intensity: "hard",
        steps: [work(20, "z2"), work(28, "z5")],
      });
    const others = [sharp(1), easyRun(3, 50)];
    expect(longFinishInBand(others, longWeek("specific", 70), 20)).toBe(0);
  });

  it("gives none to a week already inside its band", () => {
    const others = [fartlek(1), fartlek(3), easyRun(5, 35)];
    expect(longFinishInBand(others, longWeek("base", 104), 0)).toBe(0);
  });
});
