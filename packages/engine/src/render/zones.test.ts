import { describe, expect, it } from "vitest";
import type { AthleteProfile, Step } from "../schema/plan.ts";
import { formatPace } from "./format.ts";
import { describeSteps } from "./steps.ts";
import { describeHrZones, describePaces } from "./zones.ts";

const tempo: Step[] = [
  { kind: "warmup", durationMin: 15, zone: "z2", paceSecPerKm: [321, 370], hrBpm: [143, 151] },
  {
    kind: "repeat",
    times: 3,
    steps: [
      { kind: "work", durationMin: 10, zone: "z4", paceSecPerKm: [251, 260], hrBpm: [160, 167] },
      { kind: "recover", durationMin: 1, zone: "z1", paceSecPerKm: [370, 410] },
    ],
  },
  { kind: "cooldown", durationMin: 6, zone: "z2", label: "relaxed" },
];

describe("steps with their targets", () => {
  it("follows each step with its pace and heart-rate bands", () => {
    expect(describeSteps(tempo, "metric")).toBe(
      "15′ z2 @ 5:21–6:10/km, 143–151 bpm · 3 × (10′ z4 @ 4:11–4:20/km, 160–167 bpm / 1′ z1 @ 6:10–6:50/km) · 6′ z2 relaxed",
    );
  });

  it("gives paces per mile in imperial units", () => {
    expect(describeSteps(tempo.slice(0, 1), "imperial")).toBe("15′ z2 @ 8:37–9:55/mi, 143–151 bpm");
  });

  it("formats one pace or a band", () => {
    expect(formatPace([255], "metric")).toBe("4:15/km");
    expect(formatPace([239.5, 300], "metric")).toBe("4:00–5:00/km");
  });
});

const profile: AthleteProfile = {
  level: "intermediate",
  chronicWeeklyMin: 300,
  consistency: 1,
  longestRecentRunMin: 100,
  peakRecentWeekMin: 320,
  rampCap: 0.1,
  loadSpikeCap: 1.3,
  cutbackEvery: 4,
  hasHistory: true,
  easyPaceSecPerKm: 350,
};

describe("the overview's paces and heart-rate zones", () => {
  it("names VDOT and Daniels' paces when they were measured", () => {
    const measured = {
      ...profile,
      vdot: 44.7,
      paces: { easy: [321, 385], marathon: 298, threshold: 279, interval: 257, repetition: 240 },
    } satisfies AthleteProfile;
    expect(describePaces(measured, "metric")).toBe(
      "VDOT 44.7 · easy 5:21–6:25/km · marathon 4:58/km · threshold 4:39/km · interval 4:17/km · repetition 4:00/km",
    );
  });

  it("lists the heart-rate zones", () => {
    const hrZones = [
      { zone: "z1", min: 121, max: 142 },
      { zone: "z2", min: 143, max: 151 },
    ] satisfies AthleteProfile["hrZones"];
    expect(describeHrZones({ ...profile, hrZones })).toBe("z1 121–142 · z2 143–151 bpm");
  });

  it("says nothing of paces or heart rate the athlete did not give", () => {
    expect(describePaces(profile, "metric")).toBeUndefined();
    expect(describeHrZones(profile)).toBeUndefined();
  });
});
