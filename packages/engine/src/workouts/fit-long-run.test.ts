import { describe, expect, it } from "vitest";
import type { WeekTarget } from "../targets/week-target.ts";
import { absorbOvershoot } from "./fit-long-run.ts";
import { easyRun } from "./sessions.test-util.ts";

/** A 100K build week of 8 hours: a 3-hour long run and a back-to-back's 110 minutes. */
const target = (over: Partial<WeekTarget> = {}) =>
  ({
    runMin: 480,
    longRunMin: 180,
    longRunCeilingMin: 180,
    mediumLongMin: 110,
    frame: { phase: "specific", kind: "build", endurance: { category: "100k" } },
    ...over,
  }) as WeekTarget;

describe("absorbOvershoot (a week over its target)", () => {
  it("shortens the back-to-back's second run first: the long run carries the weekend (LR-1)", () => {
    const sessions = [easyRun(1, 60), easyRun(2, 70), easyRun(4, 62)];
    const t = absorbOvershoot(sessions, target());
    expect([t.longRunMin, t.mediumLongMin]).toEqual([180, 108]);
  });

  it("shrinks both once the second run is at WORKOUTS.md's 60% of the long run, keeping it there", () => {
    const sessions = [easyRun(1, 60), easyRun(2, 95), easyRun(4, 95)];
    const t = absorbOvershoot(sessions, target());
    expect([t.longRunMin, t.mediumLongMin]).toEqual([143, 87]);
  });

  it("leaves a week within its target as it is", () => {
    const sessions = [easyRun(1, 60), easyRun(2, 60), easyRun(4, 70)];
    const t = absorbOvershoot(sessions, target());
    expect([t.longRunMin, t.mediumLongMin]).toEqual([180, 110]);
  });
});
