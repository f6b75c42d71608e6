import { describe, expect, it } from "vitest";
import { peakHours, rules } from "../constants.ts";
import { addDays } from "../dates.ts";
import { seededRandom } from "../random.ts";
import type { Athlete, HistoryWeek, Level } from "../schema/scenario.ts";
import { predictTimeMin, trainingPaces, vdotFromRace } from "./paces.ts";
import { buildProfile, consistencyOf } from "./profile.ts";

const planStart = "2027-01-04";

/** Weeks of history ending the week before the plan, oldest first. */
function history(minutes: readonly number[], longestRunMin?: number): HistoryWeek[] {
  const first = addDays(planStart, -7 * minutes.length);
  return minutes.map((m, i) => ({
    start: addDays(first, 7 * i),
    minutes: m,
    runs: m > 0 ? 5 : 0,
    longestRunMin: longestRunMin ?? Math.round(m * 0.3),
  }));
}

const withHistory = (minutes: readonly number[], extra: Partial<Athlete> = {}): Athlete => ({
  history: { weeks: history(minutes) },
  ...extra,
});

const steady = (m: number, n = 12) => Array<number>(n).fill(m);

describe("consistencyOf", () => {
  it.each([
    [[], 0],
    [[0, 0, 0], 0],
    [[300, 300, 300, 300], 1],
    [[300, 310, 290, 305], 1],
    [[300, 300, 300, 0], 0.75], // a gap counts against it
    [[300, 0, 300, 0, 300, 300], 4 / 6],
    [[300, 0, 300, 0, 300, 0], 0], // the median halves: no week is near it
    [[100, 300, 300, 300], 0.75], // 100 is outside ±30% of the median
    [[210, 300, 390, 300], 1], // ±30% is inside
  ])("%j → %d", (minutes, expected) => {
    expect(consistencyOf(minutes)).toBeCloseTo(expected, 10);
  });

  it("stays in [0, 1]", () => {
    for (const xs of [[1], [5, 500], [0, 1, 2, 3], [1000, 0, 0, 0, 0]]) {
      const c = consistencyOf(xs);
      expect(c).toBeGreaterThanOrEqual(0);
      expect(c).toBeLessThanOrEqual(1);
    }
  });
});

describe("buildProfile: volume from history", () => {
  it("takes chronic volume as the mean of the last 4 weeks", () => {
    const minutes = [500, 500, 500, 500, 500, 500, 500, 500, 300, 320, 340, 360];
    const { profile, history: used } = buildProfile(withHistory(minutes), planStart);
    expect(profile.chronicWeeklyMin).toBe(330);
    expect(profile.peakRecentWeekMin).toBe(500);
    expect(profile.hasHistory).toBe(true);
    expect(used).toHaveLength(12);
  });

  it("reads only the last 12 weeks of history", () => {
    const minutes = [900, 900, ...steady(300)];
    const { profile, history: used } = buildProfile(withHistory(minutes), planStart);
    expect(used).toHaveLength(rules.historyWindowWeeks);
    expect(profile.peakRecentWeekMin).toBe(300);
  });

  it("counts weeks recorded empty at the end as weeks without running", () => {
    // Two weeks off just before the plan: chronic is the mean of 300, 300, 0, 0.
    const { profile } = buildProfile(withHistory([...steady(300, 10), 0, 0]), planStart);
    expect(profile.chronicWeeklyMin).toBe(150);
  });

  it("takes the longest recent run from the last 4 weeks", () => {
    const weeks = history(steady(300)).map((w, i) => ({ ...w, longestRunMin: i === 2 ? 200 : 95 }));
    const { profile } = buildProfile({ history: { weeks } }, planStart);
    expect(profile.longestRecentRunMin).toBe(95);
    weeks[10] = { ...(weeks[10] as HistoryWeek), longestRunMin: 130 };
    expect(buildProfile({ history: { weeks } }, planStart).profile.longestRecentRunMin).toBe(130);
  });

  it("penalises gaps in consistency", () => {
    const even = buildProfile(withHistory(steady(300)), planStart).profile;
    const gappy = buildProfile(
      withHistory([300, 300, 0, 300, 300, 0, 300, 300, 0, 300, 300, 300]),
      planStart,
    ).profile;
    expect(even.consistency).toBe(1);
    expect(gappy.consistency).toBeCloseTo(0.75, 2); // 3 gaps in 12 weeks
    expect(gappy.consistency).toBeLessThan(even.consistency);
  });

  it("falls back when there is too little recent running, and starts from a floor", () => {
    const result = buildProfile(
      withHistory([300, 300, 300, 300, 300, 300, 300, 300, 20, 0, 0, 0], { level: "intermediate" }),
      planStart,
    );
    expect(result.fallback).toBe("little-recent-running");
    expect(result.profile.chronicWeeklyMin).toBeGreaterThan(5);
    expect(result.profile.hasHistory).toBe(true);
  });
});

describe("buildProfile: a history ending weeks before the plan", () => {
  /** The weeks moved `k` weeks earlier, as when the runner plans ahead. */
  const earlier = (weeks: readonly HistoryWeek[], k: number) =>
    weeks.map((w) => ({ ...w, start: addDays(w.start, -7 * k) }));

  it("reads a record ending 4 weeks early as the weeks just before the plan", () => {
    const weeks = history([280, 300, 290, 310, 300, 320, 330, 310], 95);
    const asRecorded = buildProfile({ history: { weeks } }, planStart);
    const early = buildProfile({ history: { weeks: earlier(weeks, 4) } }, planStart);
    expect(early.profile).toEqual(asRecorded.profile);
    expect(early.history).toEqual(asRecorded.history);
    expect(early.profile.chronicWeeklyMin).toBe(315);
    expect(asRecorded.earlyEnd).toBeUndefined();
    expect(early.earlyEnd).toEqual({ lastWeek: "2026-11-30", weeksUnrecorded: 4 });
  });

  it("keeps gaps inside the record and weeks recorded empty as breaks", () => {
    // Weeks 9 and 10 missing from the record, week 12 recorded with 0 minutes.
    const weeks = history([...steady(300, 11), 0]).filter((_, i) => i !== 8 && i !== 9);
    for (const k of [0, 4]) {
      const { profile } = buildProfile({ history: { weeks: earlier(weeks, k) } }, planStart);
      expect(profile.chronicWeeklyMin).toBe(75); // the mean of 0, 0, 300, 0
      expect(profile.consistency).toBeCloseTo(9 / 12, 2);
    }
  });

  it("reads raw activities the same way", () => {
    const activities = history(steady(240, 8)).flatMap((w) =>
      [0, 2, 5].map((d) => ({ date: addDays(w.start, d), durationMin: w.minutes / 3 })),
    );
    const asLogged = buildProfile({ history: { activities } }, planStart).profile;
    const early = (k: number) => activities.map((a) => ({ ...a, date: addDays(a.date, -7 * k) }));
    expect(buildProfile({ history: { activities: early(6) } }, planStart).profile).toEqual(
      asLogged,
    );
    expect(asLogged.chronicWeeklyMin).toBe(240);
  });

  it("gives the same chronic volume whatever the weeks between the record and the plan", () => {
    const random = seededRandom(20261204);
    for (let run = 0; run < 50; run++) {
      const weeks = history(Array.from({ length: 12 }, () => Math.round(random() * 400)));
      const expected = buildProfile({ history: { weeks } }, planStart).profile;
      for (let k = 1; k <= 8; k++) {
        const shifted = buildProfile({ history: { weeks: earlier(weeks, k) } }, planStart);
        expect(shifted.profile.chronicWeeklyMin).toBe(expected.chronicWeeklyMin);
        expect(shifted.profile).toEqual(expected);
        expect(shifted.earlyEnd?.weeksUnrecorded).toBe(k);
      }
    }
  });
});

describe("buildProfile: no history", () => {
  it.each(["beginner", "intermediate", "advanced"] as const)(
    "%s: conservative defaults, treated as inconsistent, fallback no-history",
    (level) => {
      const result = buildProfile({ level }, planStart);
      const { profile } = result;
      expect(result.fallback).toBe("no-history");
      expect(result.history).toEqual([]);
      expect(profile.hasHistory).toBe(false);
      expect(profile.level).toBe(level);
      // Conservative: below the lowest peak of PR-5 for the level.
      const lowestPeakMin = Math.min(
        ...Object.values(peakHours).map((byLevel) => byLevel[level][0] * 60),
      );
      expect(profile.chronicWeeklyMin).toBeGreaterThan(0);
      expect(profile.chronicWeeklyMin).toBeLessThan(lowestPeakMin);
      expect(profile.longestRecentRunMin).toBeGreaterThan(0);
      expect(profile.longestRecentRunMin).toBeLessThan(profile.chronicWeeklyMin);
      expect(profile.consistency).toBeLessThan(rules.consistentAt);
      expect(profile.rampCap).toBeLessThanOrEqual(0.08);
      expect(profile.cutbackEvery).toBe(3);
      expect(profile.loadSpikeCap).toBe(1.2);
    },
  );

  it("assumes a beginner when no level is given", () => {
    const result = buildProfile({}, planStart);
    expect(result.profile.level).toBe("beginner");
    expect(result.fallback).toBe("no-history");
  });

  it("grows the defaults with the level", () => {
    const chronic = (level: Level) => buildProfile({ level }, planStart).profile.chronicWeeklyMin;
    expect(chronic("beginner")).toBeLessThan(chronic("intermediate"));
    expect(chronic("intermediate")).toBeLessThan(chronic("advanced"));
  });

  it("treats history that lies wholly after the start as no history", () => {
    const weeks = history(steady(300, 4)).map((w) => ({ ...w, start: addDays(w.start, 28) }));
    expect(buildProfile({ history: { weeks } }, planStart).fallback).toBe("no-history");
  });
});

describe("buildProfile: ramp, spike cap and cutback rhythm (PR-1..3)", () => {
  const inconsistent = [300, 0, 320, 60, 0, 310, 290, 0, 300, 80, 320, 300];

  it.each(["beginner", "intermediate", "advanced", undefined] as const)(
    "an inconsistent athlete (level %s): rampCap ≤ 0.08, 2:1 cutbacks, spike cap 1.2",
    (level) => {
      const { profile } = buildProfile(
        withHistory(inconsistent, level ? { level } : {}),
        planStart,
      );
      expect(profile.consistency).toBeLessThan(rules.consistentAt);
      expect(profile.rampCap).toBeGreaterThan(0.05);
      expect(profile.rampCap).toBeLessThanOrEqual(0.08);
      expect(profile.cutbackEvery).toBe(3);
      expect(profile.loadSpikeCap).toBe(1.2);
    },
  );

  it.each([
    // [minutes each week, stated level, level, rampCap, cutbackEvery]
    [300, undefined, "intermediate", 0.12, 4],
    [300, "intermediate", "intermediate", 0.12, 4],
    [520, undefined, "advanced", 0.15, 4],
    [150, undefined, "beginner", 0.1, 3],
    [150, "beginner", "beginner", 0.1, 3],
  ] as const)(
    "a consistent athlete running %i min a week (stated %s) is %s: rampCap %d, cutback every %i",
    (minutes, stated, level, rampCap, cutbackEvery) => {
      const { profile, fallback } = buildProfile(
        withHistory(steady(minutes), stated ? { level: stated } : {}),
        planStart,
      );
      expect(fallback).toBeUndefined();
      expect(profile.level).toBe(level);
      expect(profile.consistency).toBe(1);
      expect(profile.rampCap).toBeCloseTo(rampCap, 10);
      expect(profile.cutbackEvery).toBe(cutbackEvery);
      expect(profile.loadSpikeCap).toBe(1.3);
      // PR-2: 12–15% for consistent intermediate/advanced, ~10% for beginners.
      if (level === "beginner") expect(profile.rampCap).toBeCloseTo(0.1, 2);
      else {
        expect(profile.rampCap).toBeGreaterThanOrEqual(0.12);
        expect(profile.rampCap).toBeLessThanOrEqual(0.15);
      }
    },
  );

  it("infers advanced from a long recent long run", () => {
    const weeks = history(steady(300), 190);
    expect(buildProfile({ history: { weeks } }, planStart).profile.level).toBe("advanced");
  });

  it.each([
    // [birth year, cutbackEvery] for a plan starting in 2027
    [1990, 4],
    [1978, 4], // 49
    [1977, 3], // 50
    [1960, 3],
    [undefined, 4],
  ])("born %s: cutback every %i weeks (age 50+ → 2:1)", (birthYear, cutbackEvery) => {
    const athlete = withHistory(steady(300), birthYear === undefined ? {} : { birthYear });
    const { profile } = buildProfile(athlete, planStart);
    expect(profile.level).toBe("intermediate");
    expect(profile.consistency).toBe(1);
    expect(profile.cutbackEvery).toBe(cutbackEvery);
  });
});

describe("buildProfile: paces and VDOT", () => {
  it.each([
    [5, 22],
    [10, 46],
    [21.1, 100],
    [42.195, 210],
  ])("uses a %d km road race in %d min for VDOT", (distanceKm, timeMin) => {
    const { profile, paces } = buildProfile(
      withHistory(steady(300), { recentRace: { distanceKm, timeMin } }),
      planStart,
    );
    expect(paces.measured).toBe(true);
    expect(paces.vdot).toBeCloseTo(vdotFromRace(distanceKm, timeMin), 10);
    expect(profile.vdot).toBeCloseTo(vdotFromRace(distanceKm, timeMin), 1);
    expect(profile.easyPaceSecPerKm).toBe(Math.round(paces.bySecPerKm.z2));
  });

  it.each([
    [50, 330],
    [100, 840],
    [161, 1500],
  ])("does not use an ultra (%d km in %d min) for VDOT", (distanceKm, timeMin) => {
    const level = "intermediate";
    const { profile, paces } = buildProfile(
      withHistory(steady(300), { level, recentRace: { distanceKm, timeMin } }),
      planStart,
    );
    expect(paces.measured).toBe(false);
    expect(profile.vdot).toBeUndefined();
    expect(paces.bySecPerKm).toEqual(trainingPaces(level).bySecPerKm);
  });

  it("uses a threshold pace when there is no usable race", () => {
    const { profile, paces } = buildProfile(
      withHistory(steady(300), {
        thresholdPaceSecPerKm: 270,
        recentRace: { distanceKm: 80, timeMin: 600 },
      }),
      planStart,
    );
    expect(paces.measured).toBe(true);
    expect(paces.bySecPerKm.z4).toBeCloseTo(270, 6);
    expect(profile.vdot).toBeDefined();
  });

  it("gives a faster easy pace to a faster runner", () => {
    const easy = (timeMin: number) =>
      buildProfile(withHistory(steady(300), { recentRace: { distanceKm: 10, timeMin } }), planStart)
        .profile.easyPaceSecPerKm;
    expect(easy(40)).toBeLessThan(easy(50));
    expect(predictTimeMin(vdotFromRace(10, 40), 10)).toBeCloseTo(40, 6);
  });
});
