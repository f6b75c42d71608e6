import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSameSession, removeDuplicates } from "./duplicates.ts";
import type { ImportedActivity } from "./imported-activity.ts";

const at = (time: string) => `2024-04-06T${time}.000Z`;

const run = (fields: Partial<ImportedActivity> = {}): ImportedActivity => ({
  date: "2024-04-06",
  startTime: at("07:00:00"),
  sport: "run",
  durationMin: 60,
  source: { file: "a.gpx" },
  ...fields,
});

describe("isSameSession", () => {
  it.each([
    [
      "a trail run and a run starting 90 s apart",
      { sport: "trail run", startTime: at("07:01:30") },
    ],
    ["times 4.9% apart", { durationMin: 60 * 0.951 }],
    ["elapsed times that agree when the moving times do not", { durationMin: 50, elapsedMin: 60 }],
  ])("matches %s", (_, fields) => {
    expect(isSameSession(run({ elapsedMin: 60 }), run(fields))).toBe(true);
  });

  it.each([
    ["a ride at the same time", { sport: "ride" }],
    ["a start 2 min 1 s later", { startTime: at("07:02:01") }],
    ["a time 6% shorter", { durationMin: 60 * 0.94 }],
  ])("does not match %s", (_, fields) => {
    expect(isSameSession(run(), run(fields))).toBe(false);
  });
});

describe("removeDuplicates", () => {
  it("keeps the richer record of a session, whatever the order", () => {
    const bare = run({ source: { file: "a.gpx" } });
    const rich = run({
      startTime: at("07:00:40"),
      distanceKm: 12,
      vertM: 300,
      source: { file: "a.fit" },
    });
    for (const input of [
      [bare, rich],
      [rich, bare],
    ]) {
      expect(removeDuplicates(input)).toEqual({ activities: [rich], duplicates: 1 });
    }
  });

  it("keeps the first in start order between equally rich records, and sorts by start", () => {
    const early = run({ startTime: at("06:59:30"), source: { file: "activities.csv", row: 2 } });
    const late = run({ source: { file: "a.fit" } });
    const evening = run({ startTime: at("18:00:00") });
    expect(removeDuplicates([evening, late, early]).activities).toEqual([early, evening]);
  });

  it("merges records that only match through a third, so a second pass finds nothing", () => {
    // 60 and 63.5 min are 5.5% apart; 61.8 min, the richest, is within 5% of both.
    const first = run({ durationMin: 60 });
    const second = run({ startTime: at("07:00:30"), durationMin: 63.5 });
    const third = run({ startTime: at("07:01:00"), durationMin: 61.8, distanceKm: 10 });
    expect(isSameSession(first, second)).toBe(false);
    const once = removeDuplicates([first, second, third]);
    expect(once).toEqual({ activities: [third], duplicates: 2 });
  });

  const activities = fc.array(
    fc.record(
      {
        date: fc.constant("2024-04-06"),
        startTime: fc
          .integer({ min: 0, max: 6 * 3600 })
          .map((s) => new Date(Date.UTC(2024, 3, 6, 6) + s * 1000).toISOString()),
        sport: fc.constantFrom("run", "trail run", "ride", "walk"),
        durationMin: fc.integer({ min: 10, max: 200 }),
        distanceKm: fc.integer({ min: 1, max: 40 }),
        source: fc.constant({ file: "x.fit" }),
      },
      { requiredKeys: ["date", "startTime", "sport", "durationMin", "source"] },
    ),
    { maxLength: 40 },
  );

  it("removing duplicates twice is removing them once", () => {
    fc.assert(
      fc.property(activities, (list) => {
        const once = removeDuplicates(list).activities;
        expect(removeDuplicates(once)).toEqual({ activities: once, duplicates: 0 });
      }),
    );
  });

  it("the same records given twice add nothing", () => {
    fc.assert(
      fc.property(activities, (list) => {
        const once = removeDuplicates(list).activities;
        expect(removeDuplicates([...list, ...list]).activities).toHaveLength(once.length);
      }),
    );
  });
});
