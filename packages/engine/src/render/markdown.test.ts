import { describe, expect, it } from "vitest";
import { addDays } from "../dates.ts";
import { type Plan, planSchema, type Workout } from "../schema/plan.ts";
import { scenarioSchema } from "../schema/scenario.ts";
import { renderMarkdown } from "./markdown.ts";

const weekStart = "2027-02-08";

function workout(
  date: string,
  fields: Partial<Workout> & Pick<Workout, "type" | "title">,
): Workout {
  return {
    id: `${date}-1`,
    durationMin: 0,
    distanceKm: 0,
    vertM: 0,
    intensity: "easy",
    key: false,
    zoneMinutes: { z1: 0, z2: 0, z3: 0, z4: 0, z5: 0 },
    contribution: { ultra: 1 },
    steps: [],
    notes: [],
    locked: false,
    ...fields,
  };
}

const tempo: Partial<Workout> & Pick<Workout, "type" | "title"> = {
  type: "tempo",
  title: "Tempo 3 × 10 min",
  durationMin: 60,
  distanceKm: 11.5,
  vertM: 50,
  intensity: "hard",
  key: true,
  steps: [
    { kind: "warmup", durationMin: 15, zone: "z2" },
    {
      kind: "repeat",
      times: 3,
      steps: [
        { kind: "work", durationMin: 10, zone: "z4" },
        { kind: "recover", durationMin: 3, zone: "z1" },
      ],
    },
    { kind: "cooldown", durationMin: 6, zone: "z2" },
  ],
  notes: ["Fueling practice: 60 g carbohydrate per hour"],
  why: "Midweek quality: threshold holds the pace up late in the race.",
};

const dayPlans: (Partial<Workout> & Pick<Workout, "type" | "title">)[] = [
  { type: "rest", title: "Rest" },
  tempo,
  {
    type: "easy",
    title: "Easy run + strides",
    durationMin: 45,
    distanceKm: 7.5,
    steps: [
      { kind: "work", durationMin: 40, zone: "z2" },
      {
        kind: "repeat",
        times: 6,
        steps: [{ kind: "work", durationMin: 1 / 3, zone: "z5", label: "strides" }],
      },
    ],
  },
  { type: "strength", title: "Strength", durationMin: 30 },
  { type: "rest", title: "Rest" },
  {
    type: "long",
    title: "Long run on trails",
    durationMin: 150,
    distanceKm: 22,
    vertM: 740,
    key: true,
    steps: [{ kind: "work", durationMin: 150, zone: "z2" }],
  },
  { type: "easy", title: "Easy run 47 min", durationMin: 47, distanceKm: 7.9 },
];

function planFixture(units: "metric" | "imperial"): Plan {
  const goal = {
    id: "ultra",
    name: "Forest 50K",
    date: "2027-05-30",
    distanceKm: 50,
    surface: "trail" as const,
    elevationGainM: 1200,
  };
  return planSchema.parse({
    formatVersion: 1,
    seed: 7,
    scenario: scenarioSchema.parse({
      startDate: weekStart,
      units,
      athlete: { name: "Sam" },
      goals: [goal],
    }),
    startDate: weekStart,
    endDate: addDays(weekStart, 6),
    athleteProfile: {
      level: "intermediate",
      chronicWeeklyMin: 330,
      consistency: 0.86,
      longestRecentRunMin: 120,
      peakRecentWeekMin: 360,
      rampCap: 0.12,
      loadSpikeCap: 1.3,
      cutbackEvery: 4,
      hasHistory: true,
      easyPaceSecPerKm: 360,
    },
    goals: [{ ...goal, priority: "A", mode: "peak", category: "50k" }],
    warnings: [
      {
        id: "w-short",
        code: "SHORT_PLAN",
        severity: "warn",
        message: "Only 16 weeks to the race.",
        weekIndex: 5,
      },
    ],
    phases: [
      {
        index: 1,
        kind: "build",
        goalId: "ultra",
        startDate: weekStart,
        endDate: addDays(weekStart, 6),
        weekIndexes: [5],
      },
    ],
    weeks: [
      {
        index: 5,
        startDate: weekStart,
        phase: "build",
        kind: "cutback",
        targets: { volumeMin: 300, longRunMin: 150, vertM: 800, qualityMin: 35 },
        totals: {
          volumeMin: 298,
          runMin: 268,
          longRunMin: 150,
          vertM: 790,
          qualityMin: 32,
          easyShare: 0.874,
          distanceKm: 48.9,
          load: 310,
        },
        goalSplit: { ultra: 1 },
        why: "Cutback week after 3 build weeks: volume −25% so the next block starts fresh.",
        days: dayPlans.map((fields, i) => {
          const date = addDays(weekStart, i);
          return { date, workouts: [workout(date, fields)] };
        }),
      },
    ],
  });
}

describe("renderMarkdown", () => {
  const metric = renderMarkdown(planFixture("metric"));

  it.each([
    ["title with the goal", "# Training plan: Forest 50K"],
    ["goal line", "Forest 50K — 50 km trail, 1,200 m climbing, 30 May 2027 · priority A, peak"],
    ["dates", "**Dates:** 2027-02-08 to 2027-02-14 · 1 week · seed 7"],
    ["athlete profile", "Sam · intermediate · 5:30 a week lately · consistency 86%"],
    ["warnings", "- **warn** Only 16 weeks to the race. (week 6)"],
    ["phase timeline", "| build | ultra | 6 | 2027-02-08 to 2027-02-14 |"],
    ["week heading", "## Week 6 · build (cutback) · 2027-02-08"],
    ["targets", "| Target | 5:00 | 2:30 | 800 m | 35 min |"],
    ["totals", "| Planned | 4:58 | 2:30 | 790 m | 32 min | 87% | 48.9 km |"],
    ["week why", "Cutback week after 3 build weeks"],
    ["rest day", "- **Mon 8 Feb** — Rest"],
    ["workout line", "- **Tue 9 Feb** — Tempo 3 × 10 min (key) · 1 h 00 · 11.5 km · 50 m up"],
    ["steps", "  - 15′ z2 · 3 × (10′ z4 / 3′ z1) · 6′ z2"],
    ["single-step repeat in seconds", "  - 40′ z2 · 6 × 20″ z5 strides"],
    ["workout why", "  - _Midweek quality: threshold holds the pace up late in the race._"],
    ["notes", "  - Fueling practice: 60 g carbohydrate per hour"],
    ["non-running session without distance", "- **Thu 11 Feb** — Strength · 30 min\n"],
    [
      "long session in hours",
      "- **Sat 13 Feb** — Long run on trails (key) · 2 h 30 · 22 km · 740 m up",
    ],
    ["long step in hours", "  - 2 h 30 z2\n"],
    ["duration once when the title has it", "- **Sun 14 Feb** — Easy run 47 min · 7.9 km\n"],
  ])("shows the %s", (_, expected) => {
    expect(metric).toContain(expected);
  });

  it("keeps the days in calendar order, Monday first", () => {
    const days = [...metric.matchAll(/^- \*\*(\w{3}) /gm)].map((m) => m[1]);
    expect(days).toEqual(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]);
  });

  it("shows miles and feet for imperial units", () => {
    const imperial = renderMarkdown(planFixture("imperial"));
    expect(imperial).toContain("Forest 50K — 31.1 mi trail, 3,937 ft climbing");
    expect(imperial).toContain("Tempo 3 × 10 min (key) · 1 h 00 · 7.1 mi · 164 ft up");
    expect(imperial).toContain("| Planned | 4:58 | 2:30 | 2,592 ft | 32 min | 87% | 30.4 mi |");
    expect(imperial).not.toMatch(/\d km\b|\d m\b/);
  });
});
