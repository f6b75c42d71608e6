import { pick, type Random } from "../random.ts";
import type { Step, WorkoutType, Zone } from "../schema/plan.ts";
import { recover, repeat, totalMinutes, work } from "./steps.ts";

/** The work part of a quality session (WORKOUTS.md); warm-up and cool-down are added around it. */
export interface WorkPart {
  type: WorkoutType;
  title: string;
  steps: Step[];
  /** Minutes of z3–z5 in the work part. */
  qualityMin: number;
}

export interface FamilyInput {
  /** Minutes of quality the session should hold. */
  workMin: number;
  random: Random;
  /** Seconds per km at z4 and z5, for distance-based reps. */
  paceZ4: number;
  paceZ5: number;
  /** Moderate version (z3) where the family allows it. */
  moderate: boolean;
}

export type Family =
  | "fartlek"
  | "short-hills"
  | "intervals"
  | "threshold"
  | "tempo"
  | "race-pace-half"
  | "long-hills"
  | "downhill"
  | "power-hike"
  | "steady"
  | "progression";

const clampInt = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(x)));
const reps = (n: number, workMin: number, zone: Zone, recMin: number, label?: string): Step =>
  repeat(n, work(workMin, zone, label), recover(recMin));

type Variant = (x: FamilyInput) => WorkPart;

/** WORKOUTS.md's fartlek: 8–12 × 1 min on / 1 min off (pickups never run more). */
const fartlekReps = [8, 12] as const;

const variants: Record<Family, Variant[]> = {
  fartlek: [
    (x) => {
      const n = clampInt(x.workMin, ...fartlekReps);
      return {
        type: "fartlek",
        title: `Fartlek ${n} × 1 min on / 1 min off`,
        steps: [reps(n, 1, "z5", 1)],
        qualityMin: n,
      };
    },
    (x) => {
      const n = clampInt(x.workMin / 2, 4, 6);
      return {
        type: "fartlek",
        title: `Fartlek ${n} × 2 min / 2 min`,
        steps: [reps(n, 2, "z4", 2)],
        qualityMin: 2 * n,
      };
    },
  ],
  "short-hills": [
    (x) => {
      const n = clampInt(x.workMin / 0.75, 6, 12);
      return {
        type: "hills",
        title: `Hill repeats ${n} × 45 s`,
        steps: [reps(n, 0.75, "z5", 1.5, "uphill 6–10%, jog down")],
        qualityMin: 0.75 * n,
      };
    },
    (x) => {
      const n = clampInt(x.workMin, 6, 10);
      return {
        type: "hills",
        title: `Hill repeats ${n} × 60 s`,
        steps: [reps(n, 1, "z5", 2, "uphill 6–10%, jog down")],
        qualityMin: n,
      };
    },
  ],
  intervals: [
    (x) => {
      const n = clampInt(x.workMin / 3, 4, 6);
      return {
        type: "intervals",
        title: `Intervals ${n} × 3 min / 2 min jog`,
        steps: [reps(n, 3, "z5", 2)],
        qualityMin: 3 * n,
      };
    },
    (x) => {
      const repMin = Math.round((0.8 * x.paceZ5) / 60 / 0.25) * 0.25;
      const n = clampInt(x.workMin / repMin, 5, 8);
      return {
        type: "intervals",
        title: `Intervals ${n} × 800 m / 400 m jog`,
        steps: [reps(n, repMin, "z5", repMin * 0.75, "800 m")],
        qualityMin: repMin * n,
      };
    },
    (x) => {
      const n = clampInt(x.workMin, 8, 12);
      return {
        type: "intervals",
        title: `Intervals ${n} × 1 min / 1 min`,
        steps: [reps(n, 1, "z5", 1)],
        qualityMin: n,
      };
    },
  ],
  threshold: [
    (x) => {
      const n = clampInt(x.workMin / 5, 3, 6);
      return {
        type: "threshold",
        title: `Cruise intervals ${n} × 5 min / 1 min`,
        steps: [reps(n, 5, "z4", 1)],
        qualityMin: 5 * n,
      };
    },
    (x) => {
      const n = clampInt(x.workMin / 8, 2, 3);
      return {
        type: "threshold",
        title: `Cruise intervals ${n} × 8 min / 2 min`,
        steps: [reps(n, 8, "z4", 2)],
        qualityMin: 8 * n,
      };
    },
    (x) => {
      const repMin = Math.round((1.609 * x.paceZ4) / 60 / 0.25) * 0.25;
      const n = clampInt(x.workMin / repMin, 3, 5);
      return {
        type: "threshold",
        title: `Cruise intervals ${n} × 1 mile / 1 min`,
        steps: [reps(n, repMin, "z4", 1, "1 mile")],
        qualityMin: repMin * n,
      };
    },
  ],
  tempo: [
    (x) => {
      const m = clampInt(x.workMin, 15, 30);
      return {
        type: "tempo",
        title: `Tempo ${m} min`,
        steps: [work(m, "z4", "continuous, comfortably hard")],
        qualityMin: m,
      };
    },
    (x) => {
      const m = clampInt(x.workMin / 2, 10, 15);
      return {
        type: "tempo",
        title: `Tempo 2 × ${m} min`,
        steps: [reps(2, m, "z4", 3)],
        qualityMin: 2 * m,
      };
    },
    (x) => {
      const n = clampInt(x.workMin / 10, 2, 3);
      return {
        type: "tempo",
        title: `Tempo ${n} × 10 min`,
        steps: [reps(n, 10, "z4", 2)],
        qualityMin: 10 * n,
      };
    },
  ],
  "race-pace-half": [
    (x) => {
      const repMin = Math.round((3 * x.paceZ4 * 1.03) / 60);
      const n = clampInt(x.workMin / repMin, 2, 3);
      return {
        type: "race-pace",
        title: `Half-marathon pace ${n} × 3 km / 3 min`,
        steps: [reps(n, repMin, "z4", 3, "3 km at HM pace")],
        qualityMin: repMin * n,
      };
    },
  ],
  "long-hills": [
    (x) => {
      const zone: Zone = x.moderate ? "z3" : "z4";
      const n = clampInt(x.workMin / 5, 3, 6);
      return {
        type: "hills",
        title: `Long hills ${n} × 5 min climbing`,
        steps: [reps(n, 5, zone, 4, "climb; power-hike the steep bits")],
        qualityMin: 5 * n,
      };
    },
  ],
  downhill: [
    (x) => {
      const n = clampInt(x.workMin / 1.5, 6, 8);
      return {
        type: "hills",
        title: `Downhill technique ${n} × 90 s`,
        steps: [reps(n, 1.5, "z3", 3, "controlled fast descent, hike back up")],
        qualityMin: 1.5 * n,
      };
    },
  ],
  "power-hike": [
    (x) => {
      const n = clampInt(x.workMin / 6, 4, 6);
      return {
        type: "hills",
        title: `Power-hike ${n} × 6 min steep`,
        steps: [reps(n, 6, "z3", 3, "15–30% grade, poles if the race allows")],
        qualityMin: 6 * n,
      };
    },
  ],
  steady: [
    (x) => {
      const m = clampInt(x.workMin, 20, 45);
      return {
        type: "steady",
        title: `Steady ${m} min`,
        steps: [work(m, "z3", "steady, marathon effort")],
        qualityMin: m,
      };
    },
  ],
  progression: [
    (x) => {
      const m = clampInt(x.workMin, 15, 30);
      return {
        type: "progression",
        title: `Progression: last ${m} min building`,
        steps: [work(m, "z3", "build from easy to steady")],
        qualityMin: m,
      };
    },
  ],
};

/** How far a variant's work may stray from the minutes asked for before another fits better. */
const fitTolerance = 0.25;

/**
 * A seeded pick among the family's variants whose work lands near the minutes asked for
 * (variants have rep floors: 3 × 1 mile is long for a beginner); the closest one otherwise.
 */
export function workPart(family: Family, input: FamilyInput): WorkPart {
  const built = variants[family].map((v) => v(input));
  const fitting = built.filter((p) => missOf(p, input.workMin) <= fitTolerance);
  if (fitting.length > 0) return pick(input.random, fitting);
  return built.reduce((best, p) =>
    missOf(p, input.workMin) < missOf(best, input.workMin) ? p : best,
  );
}

/** How far a variant's work strays from the minutes asked for, as a share of them. */
function missOf(p: WorkPart, workMin: number): number {
  return Math.abs(p.qualityMin - workMin) / Math.max(workMin, 1);
}

/**
 * The family's biggest session whose work part lasts at most `roomMin` (a day's cap under the
 * session asked for): fewer reps or minutes, the stimulus kept; none when even its smallest
 * one is longer.
 */
export function workPartWithin(
  family: Family,
  input: FamilyInput,
  roomMin: number,
): WorkPart | undefined {
  for (let workMin = Math.floor(input.workMin); workMin > 0; workMin--) {
    const fitting = variants[family]
      .map((v) => v({ ...input, workMin }))
      .filter((p) => totalMinutes(p.steps) <= roomMin);
    if (fitting.length > 0) return fitting.reduce((a, b) => (b.qualityMin > a.qualityMin ? b : a));
  }
  return undefined;
}

/**
 * When a day's cap or a small week leaves too little room for the family: 1-min pickups
 * in `maxMin` — uphill ones when the session was a hill session (SP-2) — at most 12 of them,
 * easy running after them filling the minutes.
 */
export function pickupsWithin(maxMin: number, uphill = false): WorkPart {
  const n = Math.max(2, Math.min(fartlekReps[1], Math.floor(maxMin / 2)));
  const easyAfter = Math.floor(maxMin / 2) * 2 - 2 * n;
  const title = uphill ? `Uphill pickups ${n} × 1 min / 1 min` : `Pickups ${n} × 1 min / 1 min`;
  const steps = [reps(n, 1, "z4", 1), ...(easyAfter > 0 ? [work(easyAfter, "z2")] : [])];
  return { type: uphill ? "hills" : "fartlek", title, steps, qualityMin: n };
}
