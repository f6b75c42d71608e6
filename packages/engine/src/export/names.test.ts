import { describe, expect, it } from "vitest";
import type { Workout } from "../schema/plan.ts";
import { asciiFold, slug } from "./ascii.ts";
import { exportFileName } from "./file-names.ts";
import { zurichPlan } from "./plans.test-util.ts";
import { shortDuration, watchName } from "./watch-name.ts";

describe("asciiFold and slug", () => {
  it.each([
    ["Zürich Trail 50K", "Zurich Trail 50K", "zurich-trail-50k"],
    ["Straße des 17. Juni", "Strasse des 17. Juni", "strasse-des-17-juni"],
    [
      "Cruise intervals 3 × 10 min / 2 min",
      "Cruise intervals 3 x 10 min / 2 min",
      "cruise-intervals-3x10-min-2-min",
    ],
    ["Ørsta–Volda ✓", "Orsta-Volda ", "orsta-volda"],
    ["東京マラソン", "", ""],
  ])("%s", (text, folded, slugged) => {
    expect(asciiFold(text)).toBe(folded);
    expect(slug(text)).toBe(slugged);
  });

  it("cuts long slugs at a hyphen", () => {
    expect(slug("Back-to-back day 2: long run 2 h 30 with 20 min at race effort")).toBe(
      "back-to-back-day-2-long-run-2-h-30-with",
    );
    expect(slug("a".repeat(50))).toHaveLength(40);
  });

  it("keeps letters for a Unicode name", () => {
    expect(slug("Zürich Trail 50K", 40, true)).toBe("zürich-trail-50k");
  });
});

const workout = (fields: Partial<Workout>): Workout => ({
  id: "2027-05-25-1",
  type: "easy",
  title: "Easy run 45 min",
  durationMin: 45,
  distanceKm: 8,
  vertM: 0,
  intensity: "easy",
  key: false,
  zoneMinutes: { z1: 0, z2: 45, z3: 0, z4: 0, z5: 0 },
  contribution: {},
  steps: [],
  notes: [],
  locked: false,
  ...fields,
});

const cruise = workout({
  type: "threshold",
  durationMin: 60,
  steps: [
    { kind: "warmup", durationMin: 15 },
    {
      kind: "repeat",
      times: 3,
      steps: [
        { kind: "work", durationMin: 10 },
        { kind: "recover", durationMin: 2 },
      ],
    },
    { kind: "cooldown", durationMin: 9 },
  ],
});

describe("watchName", () => {
  it.each([
    ["a threshold session by its reps", cruise, "Threshold 3x10m"],
    ["an easy run by its length", workout({}), "Easy 45m"],
    ["a long run in hours", workout({ type: "long", durationMin: 150 }), "Long run 2h30"],
    [
      "a race by its name, in ASCII, cut at a word",
      workout({ type: "race", title: "Race day: Zürich Trail 50K" }),
      "Zurich Trail",
    ],
    ["a race without the usual title", workout({ type: "race", title: "Race" }), "Race"],
    [
      "a kind alone when its set does not fit",
      workout({ type: "progression", durationMin: 65 }),
      "Progression",
    ],
  ])("%s", (_, w, name) => {
    expect(watchName(w)).toBe(name);
    expect(name.length).toBeLessThanOrEqual(15);
  });

  it.each([
    [0.5, "30s"],
    [10, "10m"],
    [2.5, "2m30"],
    [0.33, "20s"],
    [150, "2h30"],
  ])("shortDuration(%s) = %s", (minutes, text) => {
    expect(shortDuration(minutes)).toBe(text);
  });
});

describe("exportFileName", () => {
  it("names the file for the main goal, in ASCII and in Unicode", () => {
    expect(exportFileName(zurichPlan, "ics")).toEqual({
      ascii: "zurich-trail-50k.ics",
      unicode: "zürich-trail-50k.ics",
    });
    expect(exportFileName(zurichPlan, "fit.zip", 3).ascii).toBe("zurich-trail-50k-week-3.fit.zip");
  });

  it("falls back to the goal id, then to 'plan'", () => {
    const goals = zurichPlan.goals.map(({ name: _, ...goal }) => goal);
    expect(exportFileName({ ...zurichPlan, goals }, "csv").ascii).toBe("ultra.csv");
    const unnamed = goals.map((goal) => ({ ...goal, id: "東京" }));
    expect(exportFileName({ ...zurichPlan, goals: unnamed }, "csv")).toEqual({
      ascii: "plan.csv",
      unicode: "東京.csv",
    });
  });
});
