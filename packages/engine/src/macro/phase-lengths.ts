import { type DistanceCategory, phaseWeeks, type TrainingPhase, taperWeeks } from "../constants.ts";

export interface PhaseLengths {
  lengths: Record<TrainingPhase | "taper", number>;
  /** PH-2: weeks short of the sum of minimums (0 when the runway is long enough). */
  weeksMissing: number;
  /** PH-3: weeks beyond the sum of maximums, all given to base as maintenance. */
  weeksExtra: number;
}

const trainingPhases: TrainingPhase[] = ["base", "build", "specific", "peak"];
/** PH-2: compress base first, then build, then specific; each keeps a week while it can. */
const compressOrder: TrainingPhase[] = [
  "base",
  "build",
  "specific",
  "base",
  "build",
  "peak",
  "specific",
];
/** Extra weeks go to the race-specific work first, then build, then base. */
const growOrder: TrainingPhase[] = ["specific", "build", "base", "peak"];

/** Phase lengths for `preRaceWeeks` weeks before the race week (PH-1..3). */
export function phaseLengths(category: DistanceCategory, preRaceWeeks: number): PhaseLengths {
  const ranges = phaseWeeks[category];
  const taper = Math.min(taperWeeks[category], preRaceWeeks);
  const available = preRaceWeeks - taper;
  const lengths = { base: 0, build: 0, specific: 0, peak: 0, taper };
  for (const p of trainingPhases) lengths[p] = ranges[p][0];
  const minimum = trainingPhases.reduce((s, p) => s + ranges[p][0], 0) + taperWeeks[category];
  const maximum = trainingPhases.reduce((s, p) => s + ranges[p][1], 0) + taperWeeks[category];
  let surplus = available - (minimum - taperWeeks[category]);

  for (let pass = 0; surplus < 0 && pass < compressOrder.length; pass++) {
    const p = compressOrder[pass] as TrainingPhase;
    const floor = pass < 3 ? 1 : 0;
    const cut = Math.min(-surplus, Math.max(0, lengths[p] - floor));
    lengths[p] -= cut;
    surplus += cut;
  }
  while (surplus > 0) {
    const p = growOrder.find((q) => lengths[q] < ranges[q][1]);
    if (!p) break;
    lengths[p] += 1;
    surplus -= 1;
  }
  lengths.base += Math.max(0, surplus);
  return {
    lengths,
    weeksMissing: Math.max(0, minimum - preRaceWeeks),
    weeksExtra: Math.max(0, preRaceWeeks - maximum),
  };
}
