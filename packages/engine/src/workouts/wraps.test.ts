import { describe, expect, it } from "vitest";
import { policy } from "../constants.ts";
import { asPickups } from "./pickups.ts";
import type { Session } from "./session.ts";
import { easyRun } from "./sessions.test-util.ts";
import { qualityOf, totalMinutes, zoneMinutesOf } from "./steps.ts";
import { lengthenWraps } from "./wraps.ts";

const hills = (day: number, minutes: number) =>
  easyRun(day, minutes, { type: "hills", title: "Hill repeats", intensity: "hard", key: true });

describe("lengthenWraps (a week keeps the easy minutes too few for a run)", () => {
  const wrapOf = (s: Session) => {
    const [first] = s.steps;
    const last = s.steps.at(-1);
    return {
      warm: first?.kind === "warmup" ? first.durationMin : Number.NaN,
      cool: last?.kind === "cooldown" ? last.durationMin : Number.NaN,
    };
  };

  it("runs the biggest session's cool-down longer, then its warm-up, up to the day's cap", () => {
    const before = asPickups(hills(1, 30), 21);
    const { warm, cool } = wrapOf(before);
    const sessions = [before];
    lengthenWraps(sessions, 12, () => 120, 0.1);
    const longer = sessions[0] as Session;
    expect(totalMinutes(longer.steps)).toBe(totalMinutes(before.steps) + 12);
    expect(wrapOf(longer)).toEqual({ warm: warm + 12 - (15 - cool), cool: 15 });
    expect(longer.title).toBe(before.title);
    lengthenWraps(sessions, 30, () => 35, 0.1);
    expect(totalMinutes((sessions[0] as Session).steps)).toBe(35);
  });

  it("keeps WORKOUTS.md's wraps: warm-up ≤ 20, cool-down ≤ 15, easy part up to a 90-min run", () => {
    const sessions = [asPickups(hills(1, 30), 30), easyRun(3, 45, { type: "steady" })];
    sessions[1] = { ...(sessions[1] as Session), steps: [...(sessions[0] as Session).steps] };
    lengthenWraps(sessions, 200, () => 240, 0);
    for (const s of sessions) {
      expect(wrapOf(s)).toEqual({ warm: policy.longestWarmupMin, cool: policy.longestCooldownMin });
      expect(totalMinutes(s.steps)).toBe(policy.sessionWithEasyPartMaxMin);
      expect(s.steps[1]).toMatchObject({ kind: "work", zone: "z2", label: "easy" });
    }
    // Its quality is the same: the easy part is easy running.
    const quality = qualityOf(zoneMinutesOf(asPickups(hills(1, 30), 30).steps));
    expect(qualityOf(zoneMinutesOf((sessions[0] as Session).steps))).toBe(quality);
  });

  it("stops where the week's quality would fall under IN-1's share", () => {
    const sessions = [asPickups(hills(1, 30), 21)];
    const quality = qualityOf(zoneMinutesOf((sessions[0] as Session).steps));
    lengthenWraps(sessions, 60, () => 120, 0.1);
    expect(totalMinutes((sessions[0] as Session).steps)).toBe(quality / 0.1);
  });

  it("leaves a week without a session ending in a cool-down alone", () => {
    const sessions = [easyRun(1, 20)];
    lengthenWraps(sessions, 8, () => 120, 0.1);
    expect(totalMinutes((sessions[0] as Session).steps)).toBe(20);
  });
});
