import { describe, expect, it } from "vitest";
import { makePlan } from "../validate/fixtures.test-util.ts";
import { lockWorkout } from "./lock.ts";
import {
  examplePlan,
  expectOk,
  firstWorkout,
  withoutRevision,
  workoutById,
} from "./plans.test-util.ts";

describe("lockWorkout", () => {
  const plan = examplePlan("hm-and-50k");
  const original = JSON.stringify(plan);
  const { workout: target } = firstWorkout(plan, (w) => w.key && w.type !== "race");

  it("changes the workout's lock and nothing else, to the byte", () => {
    const locked = expectOk(lockWorkout(plan, target.id, true));
    expect(workoutById(locked, target.id).locked).toBe(true);
    workoutById(locked, target.id).locked = false;
    expect(withoutRevision(locked)).toBe(original);
    expect(JSON.stringify(plan)).toBe(original);
  });

  it("records the lock as the next revision, in plain words", () => {
    const locked = expectOk(lockWorkout(makePlan(), "2027-01-27-1", true));
    expect(locked.revision).toBe(1);
    expect(locked.changes).toEqual([
      {
        kind: "lock",
        summary: "Locked the hill session of Wed 27 Jan",
        weekIndexes: [3],
        workoutIds: ["2027-01-27-1"],
      },
    ]);
  });

  it("unlocks, a revision later, back to the plan as it was", () => {
    const locked = expectOk(lockWorkout(plan, target.id, true));
    const unlocked = expectOk(lockWorkout(locked, target.id, false));
    expect(unlocked.revision).toBe(2);
    expect(unlocked.changes?.[0]?.kind).toBe("unlock");
    expect(unlocked.changes?.[0]?.summary).toMatch(/^Unlocked the /);
    expect(withoutRevision(unlocked)).toBe(original);
  });

  it("locks a race or a rest day too: regeneration keeps them", () => {
    const race = firstWorkout(plan, (w) => w.type === "race").workout;
    const rest = firstWorkout(plan, (w) => w.type === "rest").workout;
    const both = expectOk(lockWorkout(expectOk(lockWorkout(plan, race.id, true)), rest.id, true));
    expect([workoutById(both, race.id).locked, workoutById(both, rest.id).locked]).toEqual([
      true,
      true,
    ]);
  });

  it("gives the plan back, with no new revision, when the workout is already as asked", () => {
    expect(expectOk(lockWorkout(plan, target.id, false))).toBe(plan);
  });

  it("refuses an id the plan does not hold, naming the field", () => {
    expect(lockWorkout(plan, "2027-02-09-3", true)).toEqual({
      ok: false,
      error: { field: "workoutId", message: 'no workout "2027-02-09-3" in this plan' },
    });
  });
});
