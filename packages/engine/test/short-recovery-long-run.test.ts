/**
 * MG-1: a B race's recovery is short. The week after a half, with a 50K to come, ran four
 * easy runs of 75 minutes and no long run, where the loading weeks ran easy runs of 25–40
 * minutes beside long runs of 2 h 40. It now keeps an easy long run, shorter than the last
 * loading one and longer than its easy runs, and no session above easy (RC-1); the taper
 * after it shortens its long runs from the last loading one, not from that week's. After a
 * peaked half the recovery's long run shortens from the block's longest, not the taper's. A
 * recovery's long run that its days cut further than a cutback's step stays out: the next
 * week's long run grows from the last one (LR-1), and a 100K runner's fell from 4 h 11 to
 * 2 h 18 after a 1 h 48 one.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { policy } from "../src/constants.ts";
import { generatePlan } from "../src/generate.ts";
import type { Plan, Week, Workout } from "../src/schema/plan.ts";
import { validatePlan } from "../src/validate/validate.ts";
import { steadyHistory } from "./realistic-season-arbitrary.ts";

function examplePlan(name: string): Plan {
  const url = new URL(`../../../examples/${name}.json`, import.meta.url);
  const result = generatePlan(JSON.parse(readFileSync(url, "utf8")), { today: "2026-11-25" });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const workoutsOf = (w: Week): Workout[] => w.days.flatMap((d) => d.workouts);
const longRunOf = (w: Week): number =>
  Math.max(
    0,
    ...workoutsOf(w)
      .filter((x) => x.type === "long")
      .map((x) => x.durationMin),
  );
const isRun = (x: Workout) => !["rest", "strength", "mobility", "cross"].includes(x.type);

/** The recovery week after the season's first race, and the loading weeks before that race. */
function aroundFirstRace(plan: Plan) {
  const race = plan.weeks.findIndex((w) => w.phase === "race");
  const recovery = plan.weeks[race + 1] as Week;
  const loading = plan.weeks.slice(0, race).filter((w) => w.kind === "build" || w.kind === "peak");
  return { recovery, lastLoadingLong: longRunOf(loading.at(-1) as Week), after: race + 2 };
}

describe("the recovery week after a B half, a 50K to come (hm-and-50k)", () => {
  const plan = examplePlan("hm-and-50k");
  const { recovery, lastLoadingLong } = aroundFirstRace(plan);

  it("keeps an easy long run, shorter than the last loading one, longer than its easy runs", () => {
    expect(recovery.phase).toBe("recovery");
    const long = workoutsOf(recovery).find((x) => x.type === "long");
    expect(long?.intensity).toBe("easy");
    const longMin = long?.durationMin ?? 0;
    expect(longMin).toBeLessThan(lastLoadingLong);
    const others = workoutsOf(recovery).filter((x) => isRun(x) && x !== long);
    for (const x of others) expect(x.durationMin).toBeLessThan(longMin);
    expect(recovery.why).toContain("easy long run shorter than the block's longest");
  });

  it("holds no run above easy, and the plan keeps every rule", () => {
    const aboveEasy = workoutsOf(recovery).filter((x) => isRun(x) && x.intensity !== "easy");
    expect(aboveEasy).toEqual([]);
    expect(validatePlan(plan).filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("the recovery week after a peaked half, a marathon eleven weeks on", () => {
  const history = Array.from({ length: 8 }, (_, i) => ({
    start: new Date(Date.UTC(2026, 11, 7 + 7 * i)).toISOString().slice(0, 10),
    minutes: 330,
    runs: 5,
    longestRunMin: 105,
  }));
  const result = generatePlan(
    {
      startDate: "2027-02-01",
      seed: 1,
      athlete: { level: "intermediate", history: { weeks: history } },
      goals: [
        { id: "half", date: "2027-04-11", distanceKm: 21.1, surface: "road", priority: "A" },
        { id: "marathon", date: "2027-06-27", distanceKm: 42.2, surface: "road", priority: "A" },
      ],
    },
    { today: "2027-01-20" },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const plan = result.value;
  const { recovery } = aroundFirstRace(plan);
  const blockLongest = Math.max(...plan.weeks.filter((w) => w.goalId === "half").map(longRunOf));

  it("keeps an easy long run, shorter than the block's longest, not the taper's", () => {
    const long = longRunOf(recovery);
    // The taper's last long run was under the recovery's easy runs: from it there was none.
    expect(long).toBeGreaterThan(policy.recoveryWeekEasyMaxMin);
    expect(long).toBeLessThan(blockLongest);
    const aboveEasy = workoutsOf(recovery).filter((x) => isRun(x) && x.intensity !== "easy");
    expect(aboveEasy).toEqual([]);
    expect(validatePlan(plan).filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("the taper right after a B half's recovery (hm-and-50k, the 50K four weeks on)", () => {
  const url = new URL("../../../examples/hm-and-50k.json", import.meta.url);
  const scenario = JSON.parse(readFileSync(url, "utf8"));
  const fiftyK = scenario.goals.find((g: { distanceKm: number }) => g.distanceKm === 50);
  fiftyK.date = "2027-05-08";
  const result = generatePlan(scenario, { today: "2026-11-25" });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const plan = result.value;
  const { recovery, lastLoadingLong, after } = aroundFirstRace(plan);

  it("shortens its long run from the last loading one, not the recovery week's", () => {
    const taper = plan.weeks[after] as Week;
    expect(taper.phase).toBe("taper");
    expect(longRunOf(recovery)).toBeGreaterThan(0);
    expect(longRunOf(recovery)).toBeLessThan(lastLoadingLong);
    // TP-2: a two-week taper's first week keeps 75% of the long run it falls from.
    const share = policy.taperFactors[2]?.[0] ?? 0;
    expect(longRunOf(taper)).toBeGreaterThanOrEqual(Math.floor(share * lastLoadingLong));
    expect(validatePlan(plan).filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("a B 10K's recovery around days away, a 100K to come", () => {
  const trail = { surface: "trail" as const, elevationGainM: 300 };
  const result = generatePlan(
    {
      startDate: "2027-01-04",
      seed: 930149,
      athlete: { level: "advanced", birthYear: 1985, history: { weeks: steadyHistory(390) } },
      constraints: { unavailable: [{ from: "2027-07-13", to: "2027-07-15" }], strength: true },
      goals: [
        { id: "g1", date: "2027-04-18", distanceKm: 10, ...trail, priority: "C" },
        {
          id: "g2",
          date: "2027-06-05",
          distanceKm: 80,
          surface: "mountain",
          elevationGainM: 4800,
          priority: "C",
        },
        { id: "g3", date: "2027-07-09", distanceKm: 10, ...trail, priority: "B" },
        {
          id: "g4",
          date: "2027-09-18",
          distanceKm: 100,
          surface: "trail",
          elevationGainM: 3000,
          priority: "A",
        },
      ],
    },
    { today: "2026-12-01" },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const plan = result.value;
  const recovery = plan.weeks.find((w) => w.phase === "recovery" && w.goalId !== "g2") as Week;

  it("leaves out a long run cut short by its days: the next week's grows from the last one", () => {
    const before = plan.weeks.slice(0, recovery.index).filter((w) => longRunOf(w) > 0);
    const lastLong = longRunOf(before.at(-1) as Week);
    const recoveryLong = longRunOf(recovery);
    // Kept, it is within a cutback's step of the last long run (30 min or 20% for an ultra).
    if (recoveryLong > 0) expect(recoveryLong).toBeGreaterThanOrEqual(Math.floor(lastLong * 0.8));
    const next = plan.weeks[recovery.index + 1] as Week;
    expect(longRunOf(next)).toBeGreaterThan(lastLong * 0.8);
    expect(validatePlan(plan).filter((f) => f.severity === "error")).toEqual([]);
  });
});
