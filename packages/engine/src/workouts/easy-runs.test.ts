import { describe, expect, it } from "vitest";
import { resolveConstraints } from "../constraints.ts";
import type { Slot } from "../microcycle/layout.ts";
import type { WeekTarget } from "../targets/week-target.ts";
import { easySessions } from "./easy-runs.ts";
import type { WeekContext } from "./week-sessions.ts";

/**
 * The week's context; `recoveryRunDays` are the days RC-1's window makes recovery runs, the
 * first two of them its very easy days.
 */
const ctxWith = (recoveryRunDays: number[] = []) =>
  ({
    constraints: resolveConstraints({}, "intermediate"),
    maxRunMin: 240,
    recoveryRunDays: new Set(recoveryRunDays),
    veryEasyDays: new Set(recoveryRunDays.slice(0, 2)),
  }) as unknown as WeekContext;

const easySlots = (days: number[]): Slot[] => days.map((day) => ({ day, role: "easy" }));

/** A week's target with what the easy runs read of it. */
const targetOf = (frame: Partial<WeekTarget["frame"]>, longRunMin = 0): WeekTarget =>
  ({
    frame: { phase: "base", kind: "base", startDate: "2027-05-17", ...frame },
    longRunMin,
    ...(longRunMin > 0 ? { longRunDay: 6 } : {}),
  }) as unknown as WeekTarget;

/** A recovery week: its easy runs may run up to 75 minutes. */
const recoveryWeek = targetOf({ phase: "recovery", kind: "recovery" });

const runs = (t: WeekTarget, days: number[], poolMin: number, recoveryRunDays: number[] = []) =>
  easySessions(t, easySlots(days), poolMin, 0, [], ctxWith(recoveryRunDays)).map((s) => ({
    day: s.day,
    type: s.type,
    minutes: s.steps.reduce((sum, step) => sum + ("durationMin" in step ? step.durationMin : 0), 0),
    zone: s.steps[0] && "zone" in s.steps[0] ? s.steps[0].zone : undefined,
  }));

describe("easySessions", () => {
  it("drops a run too short to stand alone when the others can hold its minutes", () => {
    // 25 minutes over two days: one run of 25, not two jogs at the 20-minute floor.
    const out = runs(targetOf({}), [1, 3], 25);
    expect(out.map((r) => r.minutes)).toEqual([25]);
  });

  it("runs fewer easy runs of WORKOUTS.md's 30 minutes or more rather than more short ones", () => {
    // 75 minutes over three days: two runs of 35 and 40, not three of 25.
    const out = runs(targetOf({}), [1, 3, 5], 75);
    expect(out.map((r) => r.minutes).sort((a, b) => a - b)).toEqual([35, 40]);
    // A taper keeps its days (TP-2), on short runs.
    const taper = runs(targetOf({ phase: "taper", kind: "taper" }), [1, 3, 5], 75);
    expect(taper).toHaveLength(3);
  });

  it("keeps three runs under 30 minutes where two would lose minutes to the long run's cap", () => {
    // Beside a 40-minute long run an easy run holds 36 (90% of it): two hold 72 of 75.
    const out = runs(targetOf({}, 40), [1, 3, 5], 75);
    expect(out.map((r) => r.minutes)).toEqual([25, 25, 25]);
  });

  it("keeps a cutback's two runs, one under 20 minutes, when one, capped under the long run, would lose the minutes", () => {
    // 38 minutes beside a 24-minute long run: one easy run holds 21 (under 90% of the long
    // run), 17 minutes short of PR-1's cutback; two hold them, one shorter than a loading
    // week's 20-minute floor (a cutback's is 15).
    const cutback = runs(targetOf({ kind: "cutback" }, 24), [1, 3], 38);
    expect(cutback.map((r) => r.minutes).sort((a, b) => a - b)).toEqual([18, 20]);
    // A loading week's long run takes up what one easy run can't hold.
    const loading = runs(targetOf({}, 24), [1, 3], 38);
    expect(loading.map((r) => r.minutes)).toEqual([21]);
  });

  it("after a race runs very easy in its first days, then easy (RC-1, WORKOUTS.md)", () => {
    // After a Sunday 10K, Monday and Tuesday are its first days: recovery runs of 20–40 min at z1.
    const out = runs(recoveryWeek, [0, 1, 3, 5], 200, [0, 1]);
    for (const r of out.filter((x) => x.day <= 1)) {
      expect(r.type).toBe("recovery");
      expect(r.zone).toBe("z1");
      expect(r.minutes).toBeLessThanOrEqual(40);
    }
    for (const r of out.filter((x) => x.day > 1)) {
      expect(r.type).toBe("easy");
      expect(r.zone).toBe("z2");
    }
    expect(out.reduce((s, r) => s + r.minutes, 0)).toBe(200);
  });

  it("keeps a recovery week's easy runs within WORKOUTS.md's 75 minutes, the week running less", () => {
    const out = runs(recoveryWeek, [0, 1, 3, 5], 300, [0, 1]);
    expect(out.map((r) => r.minutes)).toEqual([40, 40, 75, 75]);
  });

  it("keeps a loading week's runs in RC-1's first days short and very easy", () => {
    // A build week whose first three days are still recovery-run days (after a 100-miler).
    const out = runs(targetOf({ phase: "build", kind: "build" }), [0, 2, 4, 6], 200, [0, 1, 2]);
    expect(
      out.filter((r) => r.day <= 2).every((r) => r.type === "recovery" && r.minutes <= 40),
    ).toBe(true);
    expect(out.filter((r) => r.day > 2).every((r) => r.type === "easy")).toBe(true);
  });
});
