import { describe, expect, it } from "vitest";
import { policy } from "../constants.ts";
import type { PhaseKind, WeekKind } from "../schema/plan.ts";
import type { WeekTarget } from "../targets/week-target.ts";
import { asPickups, pickupsFloorOf, pickupsUphill, shortenQuality } from "./pickups.ts";
import type { Session } from "./session.ts";
import { easyRun } from "./sessions.test-util.ts";
import { qualityOf, totalMinutes, zoneMinutesOf } from "./steps.ts";

const { shortestPickupsMin, lighterPickupsMin } = policy;
const hills = (day: number, minutes: number) =>
  easyRun(day, minutes, { type: "hills", title: "Hill repeats", intensity: "hard", key: true });

describe("asPickups", () => {
  it("keeps the day and role, and a hill session uphill (SP-2)", () => {
    const p = asPickups(hills(2, 40), 22);
    expect(p).toMatchObject({ day: 2, type: "hills", intensity: "hard", key: true });
    expect(p.title).toBe("Uphill pickups 6 × 1 min / 1 min");
    expect(totalMinutes(p.steps)).toBe(22);
  });
});

describe("shortenQuality (PR-1 and PR-2 when floors overflow a small week)", () => {
  it("takes the minutes from the biggest quality session", () => {
    const sessions = [easyRun(1, 20), hills(3, 29), easyRun(5, 20)];
    shortenQuality(sessions, 7, shortestPickupsMin);
    expect(sessions.map((s) => totalMinutes(s.steps))).toEqual([20, 22, 20]);
  });

  it("never goes below the shortest pickups session, and leaves easy runs alone", () => {
    const sessions = [easyRun(1, 20), hills(3, 29)];
    shortenQuality(sessions, 30, shortestPickupsMin);
    expect(totalMinutes((sessions[1] as Session).steps)).toBe(shortestPickupsMin);
    const easyOnly = [easyRun(1, 40)];
    shortenQuality(easyOnly, 10, shortestPickupsMin);
    expect(totalMinutes((easyOnly[0] as Session).steps)).toBe(40);
  });

  it("cuts a cutback's or a taper's last week's session to two pickups, inside IN-1's band", () => {
    const sessions = [hills(3, 29)];
    shortenQuality(sessions, 30, lighterPickupsMin);
    const cut = sessions[0] as Session;
    expect(totalMinutes(cut.steps)).toBe(lighterPickupsMin);
    expect(cut.title).toBe("Uphill pickups 2 × 1 min / 1 min");
    const share = qualityOf(zoneMinutesOf(cut.steps)) / lighterPickupsMin;
    expect(share).toBeGreaterThanOrEqual(0.1);
    expect(share).toBeLessThanOrEqual(0.2);
  });
});

describe("shortenQuality under IN-1's ceiling", () => {
  it("gives a lone session fewer pickups than its minutes hold, with a longer warm-up and cool-down", () => {
    // A build week of one 29-minute hill session cut to 24: seven pickups were 29% quality.
    const sessions = [hills(1, 29)];
    shortenQuality(sessions, 5, shortestPickupsMin, 0.185);
    const cut = sessions[0] as Session;
    expect(totalMinutes(cut.steps)).toBe(24);
    expect(cut.title).toBe("Uphill pickups 4 × 1 min / 1 min");
    const share = qualityOf(zoneMinutesOf(cut.steps)) / 24;
    expect(share).toBeGreaterThanOrEqual(0.1);
    expect(share).toBeLessThanOrEqual(0.185);
  });

  it("counts the week's other runs", () => {
    const sessions = [easyRun(0, 30), hills(2, 29)];
    shortenQuality(sessions, 5, shortestPickupsMin, 0.185);
    expect((sessions[1] as Session).title).toBe("Uphill pickups 7 × 1 min / 1 min");
  });
});

describe("pickupsFloorOf", () => {
  const weekOf = (phase: PhaseKind, kind: WeekKind, weekInPhase = 0, phaseLength = 1) =>
    ({ frame: { phase, kind, weekInPhase, phaseLength } }) as WeekTarget;

  it("lets a cutback and a taper's last week go under the usual floor", () => {
    expect(pickupsFloorOf(weekOf("build", "cutback"))).toBe(lighterPickupsMin);
    expect(pickupsFloorOf(weekOf("taper", "taper", 2, 3))).toBe(lighterPickupsMin);
    expect(pickupsFloorOf(weekOf("build", "build"))).toBe(shortestPickupsMin);
    expect(pickupsFloorOf(weekOf("race", "race"))).toBe(shortestPickupsMin);
  });

  it("steps the floor down through the taper, for each week to fall under the one before", () => {
    expect(pickupsFloorOf(weekOf("taper", "taper", 0, 3))).toBe(shortestPickupsMin);
    expect(pickupsFloorOf(weekOf("taper", "taper", 1, 3))).toBe(policy.middleTaperPickupsMin);
    expect(pickupsFloorOf(weekOf("taper", "taper", 2, 3))).toBe(lighterPickupsMin);
    expect(shortestPickupsMin).toBeGreaterThan(policy.middleTaperPickupsMin);
    expect(policy.middleTaperPickupsMin).toBeGreaterThan(lighterPickupsMin);
  });
});

describe("pickupsUphill (SP-2 when no easy day is left to take the hills)", () => {
  it("turns the week's pickups uphill, their day and length kept", () => {
    const flat = asPickups(easyRun(6, 30, { type: "fartlek", intensity: "hard", key: true }), 26);
    const sessions = [easyRun(4, 40, { type: "long" }), flat];
    pickupsUphill(sessions);
    const uphill = sessions[1] as Session;
    expect(uphill).toMatchObject({ day: 6, type: "hills", intensity: "hard", key: true });
    expect(uphill.title).toMatch(/^Uphill pickups/);
    // As many pickups as before: IN-1 read the week's quality share on them.
    expect(uphill.steps).toEqual(flat.steps);
  });

  it("runs any other fartlek or intervals on a hilly loop, their structure kept", () => {
    const fartlek = easyRun(2, 30, {
      type: "fartlek",
      intensity: "hard",
      title: "Fartlek 5 × 2 min / 2 min",
    });
    const sessions = [fartlek];
    pickupsUphill(sessions);
    expect(sessions[0]).toMatchObject({ type: "hills", title: "Hill fartlek 5 × 2 min / 2 min" });
    expect(sessions[0]?.steps).toEqual(fartlek.steps);
    const intervals = [easyRun(3, 30, { type: "intervals", title: "Intervals 8 × 1 min / 1 min" })];
    pickupsUphill(intervals);
    expect(intervals[0]).toMatchObject({
      type: "hills",
      title: "Hill intervals 8 × 1 min / 1 min",
    });
  });

  it("leaves other sessions as they are", () => {
    const tempo = easyRun(2, 50, { type: "tempo", intensity: "hard", title: "Tempo 20 min" });
    const sessions = [tempo];
    pickupsUphill(sessions);
    expect(sessions[0]).toBe(tempo);
  });
});
