import { describe, expect, it } from "vitest";
import { resolveConstraints } from "../constraints.ts";
import type { Slot } from "../microcycle/layout.ts";
import type { WeekTarget } from "../targets/week-target.ts";
import { easySessions } from "./easy-runs.ts";
import type { WeekContext } from "./week-sessions.ts";

const ctx = {
  constraints: resolveConstraints({}, "intermediate"),
  maxRunMin: 240,
} as unknown as WeekContext;

const easySlots = (days: number[]): Slot[] => days.map((day) => ({ day, role: "easy" }));

/** A week's target with what the easy runs read of it. */
const targetOf = (frame: Partial<WeekTarget["frame"]>, longRunMin = 0): WeekTarget =>
  ({
    frame: { phase: "base", kind: "base", startDate: "2027-05-17", ...frame },
    longRunMin,
    ...(longRunMin > 0 ? { longRunDay: 6 } : {}),
  }) as unknown as WeekTarget;

/** The recovery week after a race of `category` on Sunday 16 May. */
const recoveryAfter = (category: string): WeekTarget =>
  targetOf({
    phase: "recovery",
    kind: "recovery",
    focus: { date: "2027-05-16", category },
  } as unknown as Partial<WeekTarget["frame"]>);

const runs = (t: WeekTarget, days: number[], poolMin: number) =>
  easySessions(t, easySlots(days), poolMin, 0, [], ctx).map((s) => ({
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

  it("keeps a cutback's two runs at their floor when one, capped under the long run, would lose the minutes", () => {
    // 38 minutes beside a 24-minute long run: one easy run holds 21 (under 90% of the long
    // run), 17 minutes short of PR-1's cutback; two at 20 run 2 over.
    const cutback = runs(targetOf({ kind: "cutback" }, 24), [1, 3], 38);
    expect(cutback.map((r) => r.minutes)).toEqual([20, 20]);
    // A loading week's long run takes up what one easy run can't hold.
    const loading = runs(targetOf({}, 24), [1, 3], 38);
    expect(loading.map((r) => r.minutes)).toEqual([21]);
  });

  it("after a race runs very easy in its first days, then easy (RC-1, WORKOUTS.md)", () => {
    // A Sunday 10K: Monday and Tuesday are its first days, recovery runs of 20–40 min at z1.
    const out = runs(recoveryAfter("5k-10k"), [0, 1, 3, 5], 200);
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
    const out = runs(recoveryAfter("5k-10k"), [0, 1, 3, 5], 300);
    expect(out.map((r) => r.minutes)).toEqual([40, 40, 75, 75]);
  });

  it("keeps the whole week after a marathon very easy, its runs at most 40 minutes", () => {
    const out = runs(recoveryAfter("marathon"), [0, 2, 4, 6], 200);
    expect(out.every((r) => r.type === "recovery" && r.minutes <= 40)).toBe(true);
  });
});
