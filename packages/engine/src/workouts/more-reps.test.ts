import { describe, expect, it } from "vitest";
import type { WeekTarget } from "../targets/week-target.ts";
import { addKeyRepeats, addRepeatsForMinutes } from "./more-reps.ts";
import type { Session } from "./session.ts";
import { easyRun, qualityShare } from "./sessions.test-util.ts";
import { cooldown, recover, repeat, totalMinutes, warmup, work } from "./steps.ts";

const weekIn = { frame: { phase: "peak" } } as WeekTarget;
const tempo = (day: number, reps: number): Session =>
  easyRun(day, 0, {
    type: "tempo",
    title: `Tempo ${reps} × 10 min`,
    intensity: "hard",
    key: true,
    steps: [warmup(15), repeat(reps, work(10, "z4"), recover(2, "z1")), cooldown(10)],
  });
const noCap = () => Number.POSITIVE_INFINITY;

describe("addKeyRepeats (IN-1's floor when strides and finishes are spent)", () => {
  it("adds repeats to the key session and takes their minutes from the longest easy run", () => {
    const sessions = [easyRun(0, 120), tempo(3, 3), easyRun(5, 90), easyRun(6, 90)];
    const before = sessions.reduce((s, x) => s + totalMinutes(x.steps), 0);
    expect(qualityShare(sessions)).toBeLessThan(0.1);
    addKeyRepeats(sessions, weekIn, noCap, new Set());
    expect(sessions[1]?.title).toBe("Tempo 5 × 10 min");
    expect(qualityShare(sessions)).toBeGreaterThanOrEqual(0.1);
    expect(totalMinutes(sessions[0]?.steps ?? [])).toBe(96);
    expect(sessions.reduce((s, x) => s + totalMinutes(x.steps), 0)).toBe(before);
  });

  it("stays within the key day's cap, and leaves a week that has its quality alone", () => {
    const capped = [easyRun(0, 120), tempo(3, 3), easyRun(5, 90), easyRun(6, 90)];
    addKeyRepeats(capped, weekIn, (day) => (day === 3 ? 65 : 200), new Set());
    expect(capped[1]?.title).toBe("Tempo 3 × 10 min");
    const enough = [easyRun(0, 60), tempo(3, 3)];
    addKeyRepeats(enough, weekIn, noCap, new Set());
    expect(enough[1]?.title).toBe("Tempo 3 × 10 min");
  });

  it("never touches a key session on the first days after a race (RC-1)", () => {
    const sessions = [easyRun(0, 120), tempo(1, 3), easyRun(5, 90), easyRun(6, 90)];
    addKeyRepeats(sessions, weekIn, noCap, new Set([0, 1]));
    expect(sessions[1]?.title).toBe("Tempo 3 × 10 min");
  });

  it("takes the next session with repeats when the key day's cap leaves no room, a moderate one too", () => {
    const hills: Session = easyRun(5, 0, {
      type: "hills",
      title: "Long hills 5 × 5 min climbing",
      intensity: "moderate",
      steps: [warmup(15), repeat(5, work(5, "z3"), recover(4, "z1")), cooldown(10)],
    });
    const sessions = [easyRun(0, 120), tempo(2, 3), easyRun(3, 120), hills, easyRun(6, 120)];
    addKeyRepeats(sessions, weekIn, (day) => (day === 2 ? 61 : 200), new Set());
    expect(sessions[1]?.title).toBe("Tempo 3 × 10 min");
    expect(sessions[3]?.title).toBe("Long hills 6 × 5 min climbing");
    expect(qualityShare(sessions)).toBeGreaterThan(
      (3 * 10 + 5 * 5) / sessions.reduce((s, x) => s + totalMinutes(x.steps), 0),
    );
  });
});

describe("addRepeatsForMinutes (a lone session short of its week's target)", () => {
  it("adds the repeats the missing minutes and their cool-down call for, at most three", () => {
    const short = [tempo(3, 2)];
    addRepeatsForMinutes(short, 25, 0.115, noCap);
    // A repeat is 12 minutes, its 10 of quality carrying 87 more at 11.5%: one is enough.
    expect(short[0]?.title).toBe("Tempo 3 × 10 min");
    const far = [tempo(3, 2)];
    addRepeatsForMinutes(far, 1000, 0.115, noCap);
    expect(far[0]?.title).toBe("Tempo 5 × 10 min");
  });

  it("stays within the day's cap", () => {
    const sessions = [tempo(3, 2)];
    addRepeatsForMinutes(sessions, 25, 0.115, () => 50);
    expect(sessions[0]?.title).toBe("Tempo 2 × 10 min");
  });
});
