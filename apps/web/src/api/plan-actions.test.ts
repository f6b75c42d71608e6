import { describe, expect, it } from "vitest";
import { freshSeed, requestOf } from "./plan-actions.ts";

describe("requestOf", () => {
  it.each([
    [
      { kind: "regenerate", scope: { kind: "week", index: 3 } } as const,
      "/api/plans/p%201/regenerate",
      { scope: { kind: "week", index: 3 }, seed: 77, revision: 4 },
    ],
    [
      { kind: "choice", warningId: "w-1", choiceId: "keep-tue" } as const,
      "/api/plans/p%201/choices",
      { warningId: "w-1", choiceId: "keep-tue", revision: 4 },
    ],
    [
      { kind: "lock", workoutId: "2027-01-05-1", locked: true } as const,
      "/api/plans/p%201/workouts/2027-01-05-1/lock",
      { locked: true, revision: 4 },
    ],
    [
      { kind: "move", workoutId: "2027-01-05-1", toDate: "2027-01-07" } as const,
      "/api/plans/p%201/workouts/2027-01-05-1/move",
      { toDate: "2027-01-07", revision: 4 },
    ],
    [
      { kind: "edit", workoutId: "2027-01-05-1", durationMin: 40 } as const,
      "/api/plans/p%201/workouts/2027-01-05-1/edit",
      { durationMin: 40, revision: 4 },
    ],
    [
      { kind: "log", date: "2027-01-05", status: "partial", minutes: 30, rpe: 6 } as const,
      "/api/plans/p%201/log",
      { date: "2027-01-05", status: "partial", minutes: 30, rpe: 6, revision: 4 },
    ],
    [
      { kind: "replan", today: "2027-02-01" } as const,
      "/api/plans/p%201/replan",
      { today: "2027-02-01", revision: 4 },
    ],
    [
      { kind: "revert", toRevision: 2 } as const,
      "/api/plans/p%201/revert",
      { toRevision: 2, revision: 4 },
    ],
  ])("sends %o with the revision it was based on", (action, path, body) => {
    expect(requestOf("p 1", action, 4, 77)).toEqual({ path, body });
  });

  it("draws seeds the server accepts", () => {
    for (let i = 0; i < 100; i++) {
      const seed = freshSeed();
      expect(Number.isInteger(seed) && seed >= 0 && seed < 2 ** 31 - 1).toBe(true);
    }
  });
});
