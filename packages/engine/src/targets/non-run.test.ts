import { describe, expect, it } from "vitest";
import { policy } from "../constants.ts";
import type { PlanConstraints } from "../constraints.ts";
import { buildMacro } from "../macro/macro.ts";
import { testGoal } from "../season/goal.test-util.ts";
import { nonRunTargets } from "./non-run.ts";

const constraints = { strength: true } as PlanConstraints;
const marathon = testGoal({ id: "spring", date: "2027-04-18", category: "marathon" });
const fifty = testGoal({ id: "summer", date: "2027-09-12", category: "50k", surface: "trail" });
const { weeks } = buildMacro("2026-12-07", [marathon, fifty], 3);
const recovery = weeks.filter((w) => w.goalId === "spring" && w.phase === "recovery");
const frameAt = (i: number) => {
  const frame = weeks[i];
  if (!frame) throw new Error(`no week ${i}`);
  return frame;
};
const targetsOf = (i: number, next = weeks[i + 1]) =>
  nonRunTargets(frameAt(i), 200, "trail", constraints, next);

describe("nonRunTargets in a recovery (SP-2, PR-3)", () => {
  it("keeps the first recovery weeks to mobility and brings strength back in the last", () => {
    expect(recovery.length).toBeGreaterThan(1);
    const [first, last] = [recovery[0], recovery.at(-1)];
    expect(targetsOf(first?.index ?? -1)).toMatchObject({ strengthSessions: 0 });
    expect(targetsOf(last?.index ?? -1)).toMatchObject({
      strengthSessions: 1,
      strengthMin: policy.strengthMin[0],
    });
    expect(targetsOf(last?.index ?? -1).mobilityMin).toBeGreaterThan(0);
  });

  it("keeps it out when a race comes next, or when no week follows", () => {
    const last = recovery.at(-1)?.index ?? -1;
    const raceWeek = weeks.find((w) => w.phase === "race");
    expect(targetsOf(last, raceWeek)).toMatchObject({ strengthSessions: 0 });
    expect(nonRunTargets(frameAt(last), 200, "trail", constraints)).toMatchObject({
      strengthSessions: 0,
    });
  });
});

describe("nonRunTargets' lengths (WORKOUTS.md: strength 30–40 min, mobility 15–20)", () => {
  const base = weeks.find((w) => w.goalId === "spring" && w.phase === "base");
  if (!base) throw new Error("no base week");
  const sized = (runMin: number, c: PlanConstraints = constraints) =>
    nonRunTargets(base, runMin, "road", c, weeks[base.index + 1]);

  it("holds the library's lengths in a week of four hours", () => {
    const t = sized(240);
    expect(t.strengthMin).toBeGreaterThanOrEqual(30);
    expect(t.strengthMin).toBeLessThanOrEqual(40);
    expect(t.mobilityMin).toBeGreaterThanOrEqual(15);
    expect(t.mobilityMin).toBeLessThanOrEqual(20);
  });

  it("gives a trail runner's base week of four hours two sessions of 30 (WORKOUTS.md)", () => {
    const t = nonRunTargets(base, 240, "trail", constraints, weeks[base.index + 1]);
    expect(t).toMatchObject({ strengthSessions: 2, strengthMin: 30 });
  });

  it("keeps the taper's strength light: the library's shortest, 30 minutes", () => {
    const taper = weeks.find((w) => w.phase === "taper");
    if (!taper) throw new Error("no taper week");
    expect(nonRunTargets(taper, 900, "road", constraints).strengthMin).toBe(30);
  });

  it("grows strength to 40 minutes and no further in a big week", () => {
    expect(sized(900).strengthMin).toBe(40);
  });

  it("keeps a week of an hour and a half to a shorter session and no mobility", () => {
    const t = sized(90);
    expect(t.strengthMin).toBeLessThan(30);
    expect(t.strengthMin).toBeGreaterThanOrEqual(20);
    expect(t.mobilityMin).toBe(0);
  });

  it("fits the session beside a 20-minute run on a 45-minute weekday (CON-3)", () => {
    const t = sized(240, { ...constraints, weekdayMaxMin: 45 });
    expect(t.strengthMin + 20).toBeLessThanOrEqual(45);
  });
});
