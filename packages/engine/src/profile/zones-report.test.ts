import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { InputIssue } from "../schema/issues.ts";
import { type ZonesReport, zonesReport } from "./zones-report.ts";

/** "mm:ss" or "h:mm:ss" in minutes. */
const clock = (text: string): number =>
  text
    .split(":")
    .map(Number)
    .reduce((acc, part) => acc * 60 + part, 0) / 60;

function report(input: unknown): ZonesReport {
  const result = zonesReport(input);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

function issues(input: unknown): InputIssue[] {
  const result = zonesReport(input);
  if (result.ok) throw new Error("expected the request to be refused");
  return result.error;
}

describe("zonesReport", () => {
  it("reads 10K in 45:30 with LTHR 168 and max HR 188", () => {
    const r = report({
      recentRace: { distanceKm: 10, timeMin: clock("45:30") },
      lthr: 168,
      maxHr: 188,
    });
    expect(r).toEqual({
      vdot: 44.7,
      paceSecPerKm: {
        easy: [321, 385],
        marathon: 298,
        threshold: 279,
        interval: 257,
        repetition: 240,
      },
      hrZones: [
        { zone: "z1", min: 121, max: 142 },
        { zone: "z2", min: 143, max: 151 },
        { zone: "z3", min: 152, max: 159 },
        { zone: "z4", min: 160, max: 167 },
        { zone: "z5", min: 168, max: 188 },
      ],
    });
    expect(JSON.stringify(r)).toMatch(/^\{"vdot":44\.7,"paceSecPerKm":\{"easy":\[321,385\],/);
  });

  // Daniels' Table 3.1, read backwards: each time gives its row's VDOT.
  it.each([
    [5, "30:40", 30],
    [10, "63:46", 30],
    [5, "24:08", 40],
    [21.0975, "1:50:59", 40],
    [5, "19:57", 50],
    [42.195, "3:10:49", 50],
  ])("reads %d km in %s as VDOT %i (±0.3)", (distanceKm, time, vdot) => {
    const r = report({ recentRace: { distanceKm, timeMin: clock(time) } });
    expect(Math.abs(r.vdot - vdot)).toBeLessThanOrEqual(0.3);
    expect(r.hrZones).toEqual([]);
  });

  it("gives a faster race a higher VDOT and faster paces", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(3, 5, 10, 21.0975, 42.195),
        fc.double({ min: 3.5, max: 8, noNaN: true }),
        fc.double({ min: 0.02, max: 0.15, noNaN: true }),
        (distanceKm, minPerKm, faster) => {
          const timeMin = distanceKm * minPerKm;
          const slow = report({ recentRace: { distanceKm, timeMin } });
          const fast = report({ recentRace: { distanceKm, timeMin: timeMin * (1 - faster) } });
          expect(fast.vdot).toBeGreaterThan(slow.vdot);
          const p = slow.paceSecPerKm;
          const q = fast.paceSecPerKm;
          expect(q.easy[0]).toBeLessThan(p.easy[0]);
          expect(q.easy[1]).toBeLessThan(p.easy[1]);
          for (const k of ["marathon", "threshold", "interval", "repetition"] as const)
            expect(q[k]).toBeLessThan(p[k]);
        },
      ),
      { seed: 60 },
    );
  });

  it.each<[string, unknown, string, RegExp]>([
    [
      "a race of 0 km",
      { recentRace: { distanceKm: 0, timeMin: 20 } },
      "recentRace.distanceKm",
      /1\.5 to 42\.5 km/,
    ],
    [
      "an ultra",
      { recentRace: { distanceKm: 50, timeMin: 300 } },
      "recentRace.distanceKm",
      /1\.5 to 42\.5 km/,
    ],
    [
      "a time of 0",
      { recentRace: { distanceKm: 10, timeMin: 0 } },
      "recentRace.timeMin",
      /is 0: must be above 0/,
    ],
    [
      "a world record beaten",
      { recentRace: { distanceKm: 10, timeMin: 20 } },
      "recentRace.timeMin",
      /faster than anyone/,
    ],
    [
      "an LTHR of 500",
      { recentRace: { distanceKm: 10, timeMin: 45 }, lthr: 500 },
      "lthr",
      /is 500: must be at most 230/,
    ],
    [
      "LTHR above max HR",
      { recentRace: { distanceKm: 10, timeMin: 45 }, lthr: 190, maxHr: 188 },
      "lthr",
      /not below the max heart rate/,
    ],
    ["no race", { lthr: 168 }, "recentRace", /required/],
    [
      "an unknown field",
      { recentRace: { distanceKm: 10, timeMin: 45 }, ftp: 250 },
      "",
      /unknown field "ftp"/,
    ],
  ])("refuses %s, naming the field", (_, input, field, message) => {
    const found = issues(input).find((i) => i.field === field);
    expect(found, JSON.stringify(issues(input))).toBeDefined();
    expect(found?.message).toMatch(message);
  });
});
