import { describe, expect, it } from "vitest";
import type { Finding } from "../validate/finding.ts";
import { describeFinding } from "./findings.ts";

const at = (rule: string, details: Partial<Finding> = {}): Finding => ({
  rule,
  severity: "error",
  path: "weeks[6]",
  weekIndex: 6,
  date: "2027-02-17",
  ...details,
});

/** One finding for every rule and measure the validator reports. */
const samples: Finding[] = [
  at("FMT-1", { path: "weeks[2].days[3].date", actual: "2027-01-22", limit: "2027-01-21" }),
  at("FMT-2", { path: "weeks[3].phase", actual: "base", limit: "build" }),
  at("FMT-3", { path: "weeks[2].days[1].workouts[0]", actual: 35, limit: 30 }),
  at("FMT-4", { measure: "keys", path: "weeks[1].goalSplit", actual: "other", limit: "ultra" }),
  at("FMT-4", { measure: "sum", path: "weeks[1].goalSplit", actual: 0.9, limit: 1 }),
  at("FMT-5", { path: "weeks[4].totals.runMin", actual: 395, limit: 390 }),
  at("FMT-6", { measure: "outside", limit: 50 }),
  at("FMT-6", { measure: "missing", limit: 50 }),
  at("FMT-6", { measure: "distance", actual: 42.2, limit: 50 }),
  at("PH-1", { measure: "order", path: "phases[1]", actual: "base", limit: "build" }),
  at("PH-1", { measure: "empty", path: "phases[4]", actual: "peak" }),
  at("PH-2", { severity: "warn", actual: 14, limit: 16 }),
  at("PR-1", { measure: "streak", actual: 4, limit: 3 }),
  at("PR-1", { measure: "cutbackDrop", actual: 0.36, limit: 0.35 }),
  at("PR-1", { measure: "cutbackLongRun", actual: 150, limit: 150 }),
  at("PR-2", { actual: 0.19, limit: 0.12, refWeekIndex: 5 }),
  at("PR-3", { actual: 1.42, limit: 1.3 }),
  at("PR-4", { measure: "weeklyMax", actual: 460, limit: 450 }),
  at("PR-4", { measure: "firstWeek", actual: 300, limit: 360 }),
  at("PR-5", { severity: "warn", measure: "runMin", actual: 450, limit: 540 }),
  at("PR-5", { severity: "warn", measure: "volumeMin", actual: 560, limit: 540 }),
  at("LR-1", { measure: "step", actual: 165, limit: 160, refWeekIndex: 5 }),
  at("LR-1", { measure: "recent", actual: 115, limit: 108 }),
  at("LR-2", { measure: "medium-long", actual: 215, limit: 210 }),
  at("LR-3", { measure: "longShare", actual: 0.49, limit: 0.45 }),
  at("LR-3", { measure: "backToBackShare", actual: 0.68, limit: 0.65 }),
  at("LR-4", { measure: "mediumLongRatio", actual: 0.81, limit: 0.75 }),
  at("LR-4", { measure: "restingWeek", actual: "cutback" }),
  at("LR-4", { measure: "gap", actual: 3, limit: 2 }),
  at("LR-5", { actual: 2, limit: 2 }),
  at("IN-1", { actual: 0.75, limit: 0.8 }),
  at("IN-2", { measure: "anchors", actual: 3, limit: 2 }),
  at("IN-2", { measure: "moderateCount", actual: 2, limit: 1 }),
  at("IN-2", { measure: "moderatePhase", actual: "base" }),
  at("IN-2", { measure: "moderateLevel", actual: "beginner" }),
  at("IN-2", { measure: "moderateRunDays", actual: 4, limit: 5 }),
  at("IN-2", { measure: "moderateNextToAnchor" }),
  at("IN-3", { actual: 1 }),
  at("IN-4", { severity: "warn", actual: 2 }),
  at("IN-5"),
  at("SP-1", { measure: "vertHigh", actual: 3500, limit: 3240 }),
  at("SP-1", { measure: "vertLow", actual: 1700, limit: 2160 }),
  at("SP-1", { measure: "vertRise", actual: 1100, limit: 987.5 }),
  at("SP-1", { measure: "peakVert", actual: 2600, limit: 2400 }),
  at("SP-2", { measure: "hills" }),
  at("SP-2", { measure: "strengthCount", actual: 0, limit: 1 }),
  at("SP-2", { measure: "strengthBeforeRace", actual: 4, limit: 5 }),
  at("SP-3", { measure: "fuelingMissing" }),
  at("SP-3", { measure: "fuelingRange", actual: 95, limit: 90 }),
  at("SP-3", { measure: "fuelingDrop", actual: 55, limit: 60 }),
  at("TP-1", { actual: 2, limit: 3 }),
  at("TP-2", { measure: "taperRise", actual: 380, limit: 360, refWeekIndex: 12 }),
  at("TP-2", { measure: "raceWeekVolume", actual: 0.67, limit: 0.6 }),
  at("TP-2", { measure: "frequency", actual: 3, limit: 4 }),
  at("TP-2", { measure: "intensity" }),
  at("TP-3", { measure: "runCount", actual: 2, limit: 1 }),
  at("TP-3", { measure: "shakeOutIntensity", actual: "moderate" }),
  at("TP-3", { measure: "shakeOutMin", actual: 40, limit: 30 }),
  at("RC-1", { actual: 7, limit: 14 }),
  at("LD-1", { severity: "warn", measure: "raceForm", actual: -3.2, limit: 5 }),
  at("LD-1", { severity: "warn", measure: "fitnessPeak", actual: 2, limit: 7 }),
  at("LD-2", { severity: "warn", measure: "formFloor", actual: -34.6, limit: -30 }),
  at("LD-2", { severity: "warn", measure: "formLow", actual: 2, limit: 1 }),
  at("LD-2", { severity: "warn", measure: "formFloorAfterRace", actual: -46.1, limit: -30 }),
  at("LD-2", { severity: "warn", measure: "formLowAfterRace", actual: 3, limit: 1 }),
  at("CON-1", { actual: "mon" }),
  at("CON-2", { actual: 5, limit: 4 }),
  at("CON-3", { actual: 75, limit: 70 }),
  at("CON-4"),
];

describe("describeFinding", () => {
  it("says PR-2 the way the spec does", () => {
    expect(describeFinding(at("PR-2", { actual: 0.19, limit: 0.12, refWeekIndex: 5 }))).toBe(
      "PR-2: week 7 rises 19% over week 6; the athlete's ramp cap is 12%.",
    );
  });

  it("names the rule, the limit and what the plan holds", () => {
    expect(describeFinding(at("LR-2", { measure: "long", actual: 215, limit: 210 }))).toBe(
      "LR-2: the long run on 17 Feb lasts 215 min; the cap is 210 min.",
    );
    expect(describeFinding(at("IN-1", { actual: 0.75, limit: 0.8 }))).toBe(
      "IN-1: easy running is 75% of week 7; its phase needs at least 80%.",
    );
  });

  it.each(samples.map((f) => [`${f.rule} ${f.measure ?? ""}`, f] as const))(
    "has its own sentence for %s",
    (_, f) => {
      const sentence = describeFinding(f);
      expect(sentence).toMatch(new RegExp(`^${f.rule}: .+\\.$`));
      expect(sentence).not.toMatch(/undefined|NaN|\[object/);
      // Not the catch-all sentence an unknown rule gets.
      expect(sentence.slice(f.rule.length)).not.toBe(
        describeFinding({ ...f, rule: "XX-0" }).slice(4),
      );
    },
  );

  it("says a dip after a race comes from the race's own load", () => {
    const f = at("LD-2", { measure: "formFloorAfterRace", actual: -46.1, limit: -30 });
    expect(describeFinding(f)).toBe(
      "LD-2: form falls to -46 on 17 Feb, below -30, from a race's own load: expected after a race, whose next days are rest or very easy (RC-1).",
    );
  });

  it("still says something for a rule it does not know", () => {
    expect(describeFinding(at("XX-9", { actual: 3, limit: 2 }))).toBe(
      "XX-9: weeks[6] holds 3; the limit is 2.",
    );
  });
});
