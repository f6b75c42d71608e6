/**
 * The two-goal examples end to end: one combined plan, the conflict and its choices, the
 * key-session conflict, and the dual-goal week of the HM (B) + 50K (A) season.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generatePlan } from "../src/generate.ts";
import type { Plan, Week, Workout } from "../src/schema/plan.ts";
import { validatePlan } from "../src/validate/validate.ts";
import { trainingRunMin } from "./week-minutes.ts";

const today = "2026-11-25";
const read = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../examples/${name}.json`, import.meta.url), "utf8"));

function plan(scenario: unknown): Plan {
  const result = generatePlan(scenario, { today });
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  return result.value;
}

const errorsOf = (p: Plan) => validatePlan(p).filter((f) => f.severity === "error");
const modes = (p: Plan) => Object.fromEntries(p.goals.map((g) => [g.id, g.mode]));
const running = (w: Workout) => !["rest", "strength", "mobility", "cross"].includes(w.type);
const runsOf = (week: Week, day: number) => (week.days[day]?.workouts ?? []).filter(running);
const phasesOf = (p: Plan, goalId: string) =>
  p.phases.filter((ph) => ph.goalId === goalId).map((ph) => ph.kind);

describe("hm-and-50k: a half marathon (B) on the way to a trail 50K (A)", () => {
  const p = plan(read("hm-and-50k"));

  it("is one plan that breaks no rule", () => {
    expect(errorsOf(p)).toEqual([]);
    expect(modes(p)).toEqual({ hm: "b-race", ultra: "peak" });
  });

  it("lays out a shared base, then a block for each goal in date order", () => {
    expect(p.phases[0]).toMatchObject({ kind: "base", goalId: null });
    expect(phasesOf(p, "hm")).toEqual(["build", "specific", "race", "recovery"]);
    expect(phasesOf(p, "ultra")).toEqual([
      "build",
      "specific",
      "peak",
      "taper",
      "race",
      "recovery",
    ]);
  });

  it("gives the B race a mini-taper, no peak, and a short recovery", () => {
    const raceWeek = p.weeks.findIndex((w) => w.goalId === "hm" && w.phase === "race");
    const [before, race, after] = [p.weeks[raceWeek - 1], p.weeks[raceWeek], p.weeks[raceWeek + 1]];
    const training = (w: Week | undefined) =>
      (w?.days ?? []).flatMap((d) => d.workouts).filter((x) => running(x) && x.type !== "race");
    const minutes = (w: Week | undefined) => training(w).reduce((s, x) => s + x.durationMin, 0);
    expect(minutes(race)).toBeLessThan(minutes(before));
    expect(after?.phase).toBe("recovery");
    expect(p.weeks.filter((w) => w.goalId === "hm" && w.phase === "recovery")).toHaveLength(1);
  });

  it("shares every workout and week between the goals, summing to 1", () => {
    for (const week of p.weeks) {
      expect(Object.keys(week.goalSplit).sort()).toEqual(["hm", "ultra"]);
      expect((week.goalSplit.hm ?? 0) + (week.goalSplit.ultra ?? 0)).toBeCloseTo(1, 9);
      for (const w of week.days.flatMap((d) => d.workouts)) {
        expect((w.contribution.hm ?? 0) + (w.contribution.ultra ?? 0)).toBeCloseTo(1, 9);
      }
    }
  });

  // The dual-goal week of a mixed block, pinned: Mon rest or easy; Tue HM quality;
  // Wed easy; Thu hills or steady serving both; Fri easy or rest; Sat long trail run for the
  // 50K; Sun medium-long (back-to-back).
  it("builds the dual-goal week of the mixed block (week 13)", () => {
    const week = p.weeks[12] as Week;
    expect(week).toMatchObject({ goalId: "hm", phase: "specific" });
    const [mon, tue, wed, thu, fri, sat, sun] = [0, 1, 2, 3, 4, 5, 6].map((d) => runsOf(week, d));
    expect(mon?.every((w) => w.intensity === "easy")).toBe(true);
    const quality = tue?.[0];
    expect(["tempo", "threshold", "race-pace"]).toContain(quality?.type);
    expect(quality?.key).toBe(true);
    expect(quality?.contribution.hm ?? 0).toBeGreaterThan(quality?.contribution.ultra ?? 0);
    expect(wed?.map((w) => w.type)).toEqual(["easy"]);
    const shared = thu?.[0];
    expect(["hills", "steady"]).toContain(shared?.type);
    expect(shared?.contribution.hm ?? 0).toBeGreaterThanOrEqual(0.25);
    expect(shared?.contribution.ultra ?? 0).toBeGreaterThanOrEqual(0.25);
    expect(shared?.why).toContain("Serves Spring Half and Canyon 50K alike (MG-4)");
    expect(fri?.every((w) => w.intensity === "easy")).toBe(true);
    const long = sat?.[0];
    expect(long?.type).toBe("long");
    expect(long?.vertM ?? 0).toBeGreaterThan(0);
    expect(long?.contribution.ultra ?? 0).toBeGreaterThan(long?.contribution.hm ?? 0);
    expect(sun?.map((w) => w.type)).toEqual(["medium-long"]);
  });
});

describe("two-a-races-too-close: a half and a 50K four weeks apart, both A", () => {
  const scenario = read("two-a-races-too-close");
  const p = plan(scenario);
  const conflict = p.warnings.find((w) => w.code === "PEAKS_OVERLAP");

  it("warns that both can't be peaked, naming both goals, with choices", () => {
    expect(conflict?.id).toBe("w-peaks-overlap-hm-ultra");
    expect(conflict?.message).toContain("City Half");
    expect(conflict?.message).toContain("Forest 50K");
    expect(conflict?.choices?.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(errorsOf(p)).toEqual([]);
    expect(modes(p)).toEqual({ hm: "b-race", ultra: "peak" });
  });

  const expected: Record<string, Record<string, string>> = {
    "hm-primary": { hm: "peak", ultra: "b-race" },
    "ultra-primary": { hm: "b-race", ultra: "peak" },
    "hm-training": { hm: "training-race", ultra: "peak" },
    "ultra-training": { hm: "peak", ultra: "training-race" },
  };
  it.each(Object.keys(expected))("answered %s: a valid plan that does what it said", (choice) => {
    const answered = plan({ ...scenario, choices: { [conflict?.id ?? ""]: choice } });
    expect(errorsOf(answered)).toEqual([]);
    expect(answered.warnings.some((w) => w.code === "PEAKS_OVERLAP")).toBe(false);
    expect(modes(answered)).toEqual(expected[choice]);
    // The peaked goal tapers; the other gets no taper of its own.
    for (const g of answered.goals) {
      expect(phasesOf(answered, g.id).includes("taper")).toBe(g.mode === "peak");
    }
  });

  it("refuses an answer that is not one of the warning's choices, naming it", () => {
    const result = generatePlan(
      { ...scenario, choices: { "w-peaks-overlap-hm-ultra": "both" } },
      { today },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[0]?.field).toBe("choices.w-peaks-overlap-hm-ultra");
  });

  describe("two key sessions a day apart (IN-4)", () => {
    const warning = p.warnings.find((w) => w.code === "KEY_SESSIONS_CLOSE");
    const weekIndex = warning?.weekIndex ?? -1;
    const hardDays = (x: Plan) =>
      (x.weeks[weekIndex]?.days ?? []).flatMap((d, i) =>
        d.workouts.some((w) => running(w) && w.intensity === "hard") ? [i] : [],
      );

    it("asks which to keep hard", () => {
      expect(warning?.message).toMatch(
        /^Two key sessions too close \(\w{3} hard \+ \w{3} hard\)\. Choose which to keep hard\./,
      );
      expect(warning?.rule).toBe("IN-4");
      expect(warning?.choices?.map((c) => c.id)).toEqual(["keep-tue", "keep-thu"]);
      expect(hardDays(p)).toEqual([1, 3]);
    });

    it.each([
      ["keep-tue", 1],
      ["keep-thu", 3],
    ])("answered %s: that day alone stays hard and the warning goes", (choice, day) => {
      const answered = plan({ ...scenario, choices: { [warning?.id ?? ""]: choice } });
      expect(hardDays(answered)).toEqual([day]);
      expect(answered.warnings.some((w) => w.code === "KEY_SESSIONS_CLOSE")).toBe(false);
      expect(errorsOf(answered)).toEqual([]);
    });
  });
});

describe("the why of a taper week in a season", () => {
  it("reads the fall against the block's own peak, which it falls from", () => {
    for (const name of ["hm-and-50k", "two-a-races-too-close"]) {
      const tapers = plan(read(name)).weeks.filter((w) => w.phase === "taper");
      expect(tapers.length).toBeGreaterThan(0);
      for (const week of tapers) {
        const share = Number(/running down to (\d+)% of the peak/.exec(week.why)?.[1]);
        expect(share, `${name} week ${week.index + 1}`).toBeGreaterThanOrEqual(30);
        expect(share, `${name} week ${week.index + 1}`).toBeLessThan(100);
      }
    }
  });
});

describe("a goal whose block opens right after another race", () => {
  const history = Array.from({ length: 12 }, (_, i) => ({
    start: `2026-${i < 4 ? "10" : i < 8 ? "11" : "12"}-${String(5 + 7 * (i % 4)).padStart(2, "0")}`,
    minutes: 420,
    runs: 6,
    longestRunMin: 130,
  }));
  const p = plan({
    startDate: "2026-12-28",
    seed: 3,
    athlete: { level: "advanced", history: { weeks: history } },
    goals: [
      { id: "ten", date: "2027-02-02", distanceKm: 10, surface: "road", priority: "A" },
      {
        id: "trail",
        date: "2027-02-27",
        distanceKm: 30,
        surface: "mountain",
        elevationGainM: 1800,
        priority: "A",
      },
    ],
  });

  it("tapers from the training before that race, not from the race week's few minutes", () => {
    const firstRace = p.weeks.findIndex((w) => w.goalId === "ten" && w.phase === "race");
    const before = p.weeks[firstRace - 1] as Week;
    const taper = p.weeks.filter((w) => w.goalId === "trail" && w.phase === "taper");
    expect(taper.length).toBeGreaterThan(0);
    for (const week of taper)
      expect(trainingRunMin(week)).toBeGreaterThan(0.4 * trainingRunMin(before));
    expect(errorsOf(p).filter((f) => f.rule === "TP-2")).toEqual([]);
  });
});

describe("the targets of a week holding a race", () => {
  it("count the race's time and climbing, as its totals do, so the bar reads the training beside it", () => {
    for (const name of ["hm-and-50k", "100k-trail-intermediate"]) {
      const weeks = plan(read(name)).weeks.filter((w) =>
        w.days.some((d) => d.workouts.some((x) => x.type === "race")),
      );
      expect(weeks.length).toBeGreaterThan(0);
      for (const week of weeks) {
        const races = week.days.flatMap((d) => d.workouts).filter((x) => x.type === "race");
        const raceMin = races.reduce((s, x) => s + x.durationMin, 0);
        const raceVert = races.reduce((s, x) => s + x.vertM, 0);
        const label = `${name} week ${week.index + 1}`;
        expect(week.targets.volumeMin, label).toBeGreaterThanOrEqual(raceMin);
        expect(week.targets.vertM, label).toBeGreaterThanOrEqual(raceVert);
        // The training beside the race stays near its target.
        expect(week.totals.volumeMin - raceMin, label).toBeLessThanOrEqual(
          1.1 * (week.targets.volumeMin - raceMin) + 5,
        );
      }
    }
  });
});
