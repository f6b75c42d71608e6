import { describe, expect, it } from "vitest";
import { addDays } from "../dates.ts";
import type { Athlete } from "../schema/scenario.ts";
import { hrZones } from "./hr-zones.ts";
import { namedPaces, paceBands } from "./pace-zones.ts";
import { vdotFromRace } from "./paces.ts";
import { buildProfile } from "./profile.ts";

const planStart = "2027-01-04";
/** Eight steady weeks before the plan. */
const weeks = Array.from({ length: 8 }, (_, i) => ({
  start: addDays(planStart, -7 * (8 - i)),
  minutes: 300,
}));

describe("buildProfile: paces and heart-rate zones for the steps", () => {
  const build = (extra: Partial<Athlete>) =>
    buildProfile({ history: { weeks }, ...extra }, planStart);

  it("records Daniels' paces and sets pace bands when a race was given", () => {
    const { profile, targets } = build({ recentRace: { distanceKm: 10, timeMin: 45.5 } });
    expect(profile.vdot).toBe(44.7);
    expect(profile.paces).toEqual(namedPaces(vdotFromRace(10, 45.5)));
    expect(targets.pace).toEqual(paceBands(vdotFromRace(10, 45.5)));
    expect(profile.hrZones).toBeUndefined();
    expect(targets.hrBpm).toBeUndefined();
  });

  it("reads the paces from a threshold pace too", () => {
    const { profile, targets } = build({ thresholdPaceSecPerKm: 255 });
    expect(profile.paces?.threshold).toBe(255);
    expect(targets.pace?.z4[0]).toBeLessThan(255);
    expect(targets.pace?.z4[1]).toBeGreaterThan(255);
  });

  it("records heart-rate zones from LTHR, or from max HR alone, without inventing paces", () => {
    const fromLthr = build({ lthr: 168 });
    expect(fromLthr.profile.hrZones).toEqual(hrZones({ lthr: 168 }));
    expect(fromLthr.targets.hrBpm?.z4).toEqual([160, 167]);
    expect(fromLthr.profile.paces).toBeUndefined();
    expect(fromLthr.targets.pace).toBeUndefined();
    expect(build({ maxHr: 182 }).targets.hrBpm?.z2).toEqual([132, 145]);
  });

  it("sets no targets from a level's default paces or an ultra's time", () => {
    for (const extra of [{}, { recentRace: { distanceKm: 100, timeMin: 840 } }]) {
      const { profile, targets } = build(extra);
      expect(profile.paces).toBeUndefined();
      expect(profile.hrZones).toBeUndefined();
      expect(targets).toEqual({});
    }
  });
});
