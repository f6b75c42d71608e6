import { describe, expect, it } from "vitest";
import { fuelOnLongestRun } from "./long-runs.ts";
import { easyRun } from "./sessions.test-util.ts";
import { work } from "./steps.ts";

describe("fuelOnLongestRun (SP-3 in a week without a long run)", () => {
  it("reads runs in whole minutes, as the plan states them: the earliest of equals takes the note", () => {
    // 75.4 min of hills state 75 min, as long as Monday's 75-min run.
    const hills = easyRun(2, 75, { type: "hills", steps: [work(60, "z2"), work(15.4, "z3")] });
    const sessions = [easyRun(0, 75), hills, easyRun(4, 60)];
    fuelOnLongestRun(sessions, 60);
    expect(sessions.map((s) => s.notes.length)).toEqual([1, 0, 0]);
    expect(sessions[0]?.notes[0]).toMatch(/60 g carbohydrate per hour/);
  });
});
