import type { PhaseKind } from "./schema/plan.ts";
import type { Level } from "./schema/scenario.ts";

/**
 * Every number of TRAINING-RULES.md, in one table. Rule ids in comments; code elsewhere
 * reads these names and never repeats a number.
 */

export type DistanceCategory = "5k-10k" | "half" | "marathon" | "50k" | "100k" | "100mi";
export const distanceCategories: readonly DistanceCategory[] = [
  "5k-10k",
  "half",
  "marathon",
  "50k",
  "100k",
  "100mi",
];

/** Upper bound (km) of each category; a distance between rows takes the next longer row. */
export const categoryMaxKm: Record<DistanceCategory, number> = {
  "5k-10k": 10.05,
  half: 21.15,
  marathon: 42.25,
  "50k": 50.05,
  "100k": 100.05,
  "100mi": Number.POSITIVE_INFINITY,
};

/** The table row of a race distance: the first category whose upper bound holds it. */
export function categoryOf(distanceKm: number): DistanceCategory {
  return distanceCategories.find((c) => distanceKm <= categoryMaxKm[c]) ?? "100mi";
}

export const isUltra = (c: DistanceCategory): boolean =>
  c === "50k" || c === "100k" || c === "100mi";
export const isMarathonOrLonger = (c: DistanceCategory): boolean => c !== "5k-10k" && c !== "half";

type Range = readonly [min: number, max: number];
export type TrainingPhase = Exclude<PhaseKind, "race" | "recovery" | "taper">;

/** Section 1 table: phase lengths in weeks (min, max). */
export const phaseWeeks: Record<DistanceCategory, Record<TrainingPhase, Range>> = {
  "5k-10k": { base: [2, 6], build: [3, 5], specific: [2, 4], peak: [0, 1] },
  half: { base: [2, 6], build: [3, 6], specific: [3, 5], peak: [1, 2] },
  marathon: { base: [3, 8], build: [4, 6], specific: [4, 6], peak: [2, 2] },
  "50k": { base: [3, 8], build: [3, 6], specific: [4, 6], peak: [2, 2] },
  "100k": { base: [4, 8], build: [4, 6], specific: [4, 8], peak: [2, 3] },
  "100mi": { base: [4, 10], build: [4, 6], specific: [6, 8], peak: [3, 3] },
};

/** TP-1: taper weeks before the race week (inside the table's range and TP-1's days). */
export const taperWeeks: Record<DistanceCategory, number> = {
  "5k-10k": 1,
  half: 2,
  marathon: 2,
  "50k": 2,
  "100k": 2,
  "100mi": 3,
};
/** TP-1 ranges in weeks, as the validator reads them. */
export const taperWeeksRange: Record<DistanceCategory, Range> = {
  "5k-10k": [1, 1],
  half: [1, 2],
  marathon: [2, 3],
  "50k": [2, 2],
  "100k": [2, 3],
  "100mi": [3, 3],
};

/** Recovery phase weeks after the race (table range, long enough for RC-1's minimum). */
export const recoveryWeeks: Record<DistanceCategory, number> = {
  "5k-10k": 1,
  half: 1,
  marathon: 2,
  "50k": 2,
  "100k": 2,
  "100mi": 3,
};

/** A race whose legs come back in days (5K to half): one recovery week, a day's rest after it. */
export const recoversInDays = (category: DistanceCategory): boolean =>
  recoveryWeeks[category] === 1;

/** RC-1: days after the race without a hard session (the range's upper end). */
export const recoveryNoHardDays: Record<DistanceCategory, number> = {
  "5k-10k": 4,
  half: 7,
  marathon: 14,
  "50k": 14,
  "100k": 21,
  "100mi": 28,
};

/** RC-1: the first half of a race's hard-free days hold easy running only; moderate work may follow. */
export const firstDaysAfterRace = (noHardDays: number): number =>
  Math.ceil(noHardDays * policy.veryEasyShareAfterRace);

/**
 * The days after a race whose runs are z1 recovery runs: the first third of RC-1's days
 * without a hard session, at least its two very easy first days. Easy running comes back
 * after them, moderate work after the first half.
 */
export const recoveryRunDaysAfter = (category: DistanceCategory): number =>
  Math.max(
    rules.veryEasyDaysAfterRace,
    Math.ceil(recoveryNoHardDays[category] * policy.recoveryRunShareAfterRace),
  );

/** PR-5: peak weekly volume in hours by distance and level. */
export const peakHours: Record<DistanceCategory, Record<Level, Range>> = {
  "5k-10k": { beginner: [3, 4], intermediate: [4, 6], advanced: [6, 9] },
  half: { beginner: [3.5, 5], intermediate: [5, 7], advanced: [7, 10] },
  marathon: { beginner: [4.5, 6], intermediate: [6, 8.5], advanced: [8.5, 12] },
  "50k": { beginner: [5, 7], intermediate: [7, 9], advanced: [9, 13] },
  "100k": { beginner: [6, 8], intermediate: [8, 11], advanced: [11, 15] },
  "100mi": { beginner: [7, 9], intermediate: [9, 12], advanced: [12, 18] },
};

/** LR-2: peak long-run caps in minutes. */
export const longRunCapMin: Record<DistanceCategory, Record<Level, number>> = {
  "5k-10k": { beginner: 90, intermediate: 90, advanced: 90 },
  half: { beginner: 100, intermediate: 120, advanced: 120 },
  marathon: { beginner: 150, intermediate: 180, advanced: 180 },
  "50k": { beginner: 180, intermediate: 210, advanced: 240 },
  "100k": { beginner: 210, intermediate: 255, advanced: 300 },
  "100mi": { beginner: 240, intermediate: 300, advanced: 360 },
};

export const rules = {
  // Section 2: volume progression and cutbacks
  historyWindowWeeks: 12,
  chronicWindowWeeks: 4,
  consistencyBand: 0.3, // within ±30% of the median
  consistentAt: 0.7, // consistency at or above this counts as consistent
  cutbackMinDrop: 0.2, // PR-1
  cutbackMaxDrop: 0.35,
  loadingWeeksBeforeCutback: [2, 3] as Range, // PR-1: 2:1, or 3:1 for consistent athletes
  rampCap: { beginner: 0.1, inconsistent: 0.07, intermediate: 0.12, advanced: 0.15 }, // PR-2
  loadSpikeCap: 1.3, // PR-3
  loadSpikeCapInconsistent: 1.2,
  loadSpikeWindowWeeks: 4,
  firstWeekBand: [0.9, 1.1] as Range, // PR-4
  olderAthleteAge: 50,
  // Section 3: long run
  longRunStepUltraMin: 30, // LR-1
  longRunStepRoad: 0.15,
  longRunVsRecentMax: 1.2,
  recentRunWindowDays: 30,
  longRunShare: { "5k-10k": 0.3, half: 0.3, marathon: 0.35, ultra: 0.45 }, // LR-3
  longRunShareRunDays: 1.5,
  backToBackShare: 0.65,
  mediumLongOfLong: [0.5, 0.75] as Range, // LR-4
  backToBackMaxGapWeeks: 3,
  protectAfterLongRunMin: 180, // LR-5
  protectDaysAfterLong: 2,
  // Section 4: intensity
  easyShare: { min: 0.8, max: 0.9, baseMax: 0.95, floor: 0.75 }, // IN-1
  maxStressAnchors: 2, // IN-2
  anchorLongRunMin: 120,
  moderateThirdMinRunDays: 5, // a moderate third session needs ≥ 5 run days
  // Section 5: specificity
  vertFactor: { base: [0.3, 0.5] as Range, specific: [0.8, 1.2] as Range }, // SP-1
  peakVertOfRace: [0.6, 1.0] as Range,
  vertRiseMax: 0.25,
  kmEffortPerVertM: 1 / 100,
  fuelingGramsPerHour: [40, 90] as Range, // SP-3
  fuelingPeakAtLeastGPerHour: 60, // SP-3: the target rises to 60–90 g/h by the block's end
  strengthPerWeek: [1, 2] as Range, // SP-2 (WORKOUTS.md: 1–2× a week, base to peak)
  taperStrengthMax: 1, // light in taper
  strengthFreeDaysBeforeRace: 5, // strength only ≥ 5 days out
  // Section 6: taper and recovery
  taperDropByRaceWeek: [0.4, 0.6] as Range, // TP-2
  // WORKOUTS.md: a session's work part is cut ~30% in a cutback and ~40–50% in the taper
  // (the race week's sharp session too), from the last loading week's biggest session.
  sessionWorkCut: { cutback: 0.3, taper: 0.45 },
  taperFrequencyKept: 0.8,
  shakeOutMaxMin: 30, // TP-3
  veryEasyDaysAfterRace: 2, // RC-1: "the first days" after a race are rest or very easy
  // Section 6b: load model
  loadPerHour: { z1: 40, z2: 55, z3: 75, z4: 100, z5: 120, strength: 40, mobility: 0 },
  loadPerVertM: 0.05,
  crossOfZ2: 0.7,
  historyLoadPerHour: 60, // history weeks carry no zones: a typical mostly-easy week
  ctlDays: 42,
  atlDays: 7,
  raceFormA: [5, 25] as Range, // LD-1
  raceFormB: [-10, 10] as Range,
  fitnessPeakWeeksBeforeRace: [1, 3] as Range,
  formFloor: -30, // LD-2
  formLow: -20,
  formLowMaxPer10Days: 1,
  formLowWindowDays: 10,
} as const;

/** The longest easy run: easy runs round to 5 minutes, and two hours is IN-2's long-run anchor. */
const longestEasyRunMin = rules.anchorLongRunMin - 5;

/**
 * The generator's own choices inside the rules' ranges (how far to cut back, how steep a
 * taper, how much quality per phase). The validator never reads these: it checks the ranges.
 */
export const policy = {
  /** MG-1: a B race's week (without the race) runs this share of its block's peak: a mini-taper. */
  bRaceWeekOfPeak: 0.65,
  /** MG-1: a B race on this weekday or earlier (Monday 0) has its mini-taper in the week before. */
  bRaceEarlyWeekday: 1,
  /** MG-1: a B race's mini-taper, its last days (4–7), lighter than the block's peak days. */
  miniTaperDays: 4,
  /** MG-1: the mini-taper's days before the race week run at most this share of the peak's daily rate. */
  miniTaperDailyOfPeak: 0.6,
  /** MG-1: the mini-taper's days keep the long run this far inside LR-3's shares of the week. */
  miniTaperShareMargin: 0.97,
  /** MG-1: a mini-taper week labelled the block's last cutback keeps this far inside PR-1's deepest drop. */
  miniTaperBandMargin: 0.03,
  /** MG-1: a loading week whose end falls in a B race's mini-taper keeps this share of its running. */
  miniTaperLoadingWeekKeeps: 0.9,
  /** LR-4: the shortest long run worth a back-to-back day after it. */
  backToBackMinLongMin: 75,
  peakVolumeOfChronic: 1.5, // preferred peak = chronic × this, inside PR-5's range
  firstWeekOfChronic: 0.95, // PR-4: week 1 near chronic, leaving room for strength
  // PR-4 read on every minute: a small usual week's first week runs down to this share so
  // that its one strength session keeps the whole week within the band's top.
  firstWeekLeastOfChronic: 0.92,
  // Minutes under the excess a first week over that top aims its running at, tried in turn.
  firstWeekTrimsMin: [0, 2, 5],
  // A history ending up to this many weeks before the plan is a runner planning a little
  // ahead; more, and the plan warns that the record is read as their recent weeks.
  unrecordedWeeksBeforeWarning: 2,
  cutbackRunFactor: 0.75, // PR-1: −25%, inside 20–35%
  // PR-1's −22% where PR-3 caps a week at 1.2× the four before (inconsistent athletes): with
  // a cutback every third week, −25% left the next loading week no room over the mean. Only
  // from weeks big enough that sessions rounding to whole minutes keep it inside the band.
  cutbackRunFactorTight: 0.78,
  tightCutbackFromMin: 100,
  cutbackLongRunUltraMin: 30,
  cutbackLongRunUltraShare: 0.8, // PR-1: an ultra's cutback long run keeps at least this share
  // A block opening reads the weeks just before it: their best running (after a week without
  // any) and their longest long run (the taper's base, past a short recovery's shorter one).
  blockStartLookbackWeeks: 4,
  spikeMargin: 0.03, // keep PR-3 this far under its cap: the built week is checked again (fitWeek)
  // The built week's ceiling sits this far under PR-3's cap (rounding), and a week over it is
  // scaled to this share of the way under it (fitWeek).
  spikeCeilingMargin: 0.01,
  spikeRefitShare: 0.97,
  // After a race the built week is checked against PR-3 again: the estimate may run closer.
  spikeMarginAfterRace: 0.02,
  // A loading week its estimate cut under this share of PR-3's cap is scaled back up, by at
  // most `rebuildRefillMax`.
  refillBelowCeiling: 0.95,
  rebuildRefillMax: 1.25,
  // Shares of that refill tried in turn: a full one may add a session at its floor and pass
  // the ceiling again.
  refillShares: [1, 0.6, 0.3],
  // Targets under a limit tried in turn when sessions' floors hold a week over it (fitWeek).
  fitUnderAims: [0.95, 0.85, 0.7],
  // A week fitted under a limit that fell below this share of it (a session dropped at its
  // floor) is aimed at the limit again from what it holds.
  fitUnderKeptShare: 0.9,
  // Targets around the middle of PR-1's band tried in turn when a cutback's sessions rounded
  // out of it.
  cutbackFitAims: [1, 1.1, 0.9, 1.25, 0.8],
  missedWeekShare: 0.5, // a loading week run under this share of its target was missed (logged)
  overrunShare: 1.2, // a week run this far over its plan brings the next cutback forward
  // RC-1: this share of a race's hard-free days holds easy running only; moderate work may follow.
  veryEasyShareAfterRace: 0.5,
  // RC-1's "first days": this share of the hard-free days runs only z1 recovery runs (a week
  // after a 100K, five days after a marathon); more held the first recovery week, which every
  // later week ramps from (PR-2), to a few 40-minute jogs.
  recoveryRunShareAfterRace: 1 / 3,
  // IN-1's floor without a key session: an easy run turns steady for at most this share of it,
  // and for no less than `steadyFinishMinMin`, as the long run's finish (a minute or two is no
  // workout; only a short run whose ceiling can't hold it runs what the week lacks).
  steadyFinishMaxShare: 0.5,
  steadyFinishMinMin: 5,
  // IN-1's floor when no run is left for a steady finish: the key session runs at most this
  // many more repeats, within its day's cap.
  keyRepeatsAddedMax: 3,
  // A training week left only RC-1's first days after a race: one jog this long, whose six
  // strides keep IN-1's 10% of quality.
  veryEasyWeekRunMin: 20,
  // A week without a long run whose sessions miss its target by more than the larger of
  // these is refitted: quality cut when over, a cool-down lengthened when under.
  weekFitSlackMin: 3,
  weekFitSlackShare: 0.05,
  // A week of one session is small: a few minutes short is its whole ramp (PR-2's 7% of 25),
  // and every later week ramps from it; a few over, and its cutback can't fall 20% (PR-1).
  loneSessionFitSlackMin: 1,
  // A training race week's long run squeezed under this share of its target runs as an easy
  // run: next week's long run steps from the last real one (LR-1).
  raceWeekLongRunKept: 0.9,
  // A week with this many days away is its stretch's lighter week (PR-1): the cutback rhythm
  // starts again after it, and it runs at least a cutback's drop under the week before.
  awayDaysForLighterWeek: 2,
  // Regeneration: seeds tried before saying the rules leave no other choice, and how far a
  // regenerated day's minutes may move from the old day's (the week keeps its targets).
  regenerateSeeds: 8,
  regeneratedDayMinutesShare: 0.25,
  regeneratedDayMinutesMin: 5,
  // Recovery weeks' share of the block's peak: deep after the season's last peak, light after
  // a B race (MG-1). When another block follows, by the race's distance: legs come back from a
  // 10K in days and from a 100-miler in weeks (RC-1), and the rebuild starts from the last
  // recovery week under PR-2, so a needlessly deep one would cost the next goal its volume.
  recoveryWeekOfPeak: {
    last: [0.3, 0.45, 0.55],
    rebuilding: {
      "5k-10k": [0.85],
      half: [0.75],
      marathon: [0.5, 0.68],
      "50k": [0.5, 0.68],
      "100k": [0.45, 0.62],
      "100mi": [0.42, 0.55, 0.68],
    } as Record<DistanceCategory, number[]>,
    bRace: [0.8],
  },
  // MG-4: a session serves a goal "alike" when it gives it at least this share.
  sharedSessionShare: 0.35,
  // A loading week's why tells a fall past this share of the last full week, not a hold.
  heldWeekFallMax: 0.05,
  // A training race run at easy effort takes about this much longer than racing it.
  easyRaceTimeFactor: 1.2,
  // A week before a cutback whose days hold little keeps this far inside PR-1's 35% drop.
  nextCutbackMargin: 0.85,
  rampMargin: 0.01, // keep PR-2 this far under the ramp cap: easy runs round to 5 min
  taperFactors: { 1: [0.58], 2: [0.75, 0.57], 3: [0.82, 0.7, 0.57] } as Record<number, number[]>,
  taperStepDown: 0.1, // TP-2: each taper week runs at least this much less than the one before
  // TP-2: the seven days before the race at 40–60% of the peak, aimed at the middle so it holds
  // whether the peak is read with its strength minutes or without.
  raceWeekOfPeak: 0.5,
  // A long run whose steady or race-effort finish is at most this share of it is an easy run.
  easyLongFinishShare: 0.2,
  // IN-1: the most of an anchor long run (two hours, a back-to-back) that may finish above
  // easy; the band asks only what the week lacks (the weeks after an ultra, RC-1, have no
  // hard session to carry its floor).
  anchorLongFinishShare: 0.35,
  raceWindowMargin: 0.02, // TP-2: the race's seven days aim this far inside the 40–60% band
  // From this weekday on (Thursday) a race's own calendar week holds TP-2's floor before the
  // race too, when its seven days allow: the week labelled race reads in the band as well.
  raceWeekOwnFloorFromDay: 3,
  peakLongRunOfCap: { beginner: 0.75, intermediate: 0.9, advanced: 1 },
  // WORKOUTS.md's medium-long is 60–75% of the long run (LR-4 allows 50–75%): planned a little
  // over 60% so whole minutes keep it there, and never shortened under 60%.
  mediumLongOfLong: 0.62,
  mediumLongLeastOfLong: 0.6,
  qualityShare: {
    base: 0.08,
    build: 0.14,
    specific: 0.15,
    peak: 0.14,
    taper: 0.15,
    race: 0.12,
    recovery: 0,
  },
  nonRunShare: {
    base: 0.12,
    build: 0.12,
    specific: 0.09,
    peak: 0.08,
    taper: 0.08,
    race: 0.03,
    recovery: 0.1,
  },
  vertFactor: {
    base: [0.35, 0.5],
    build: [0.6, 0.92], // ends near the specific band: its first week climbs from there within 25%
    specific: 1,
    taper: 0.7,
    race: 0.4,
    recovery: 0.3,
  },
  vertCutback: 0.85,
  // SP-1: climbing carried toward a hilly ultra's peak rises a little inside the 25% a week
  // and aims a little over its 60%; and stays this far inside the phase's band.
  vertCarryMargin: 0.03,
  vertBandMargin: 0.08,
  vertFromFlatM: 100, // SP-1: a rise this small is no spike, whatever its percentage
  strengthMin: [30, 40] as Range,
  // A strength session shorter than WORKOUTS.md's 30 min: on days too short for it, or in a
  // week of little running. A week's strength and mobility stay within a share of its runs.
  strengthShortestMin: 20,
  nonRunOfRunMax: 0.25,
  easyBesideStrengthMin: 20, // the shortest easy run a day keeps beside a strength session
  strengthFreeDaysBeforeTrainingRace: 2, // a training race's eve and the day before (MG-1)
  mobilityMin: [15, 20] as Range,
  // An easy run's length, never above 90% of the week's long run: up to just under two hours
  // carries a runner who usually trains 10–12 h a week on five or six days (PR-4's first week).
  easyRunMin: [20, longestEasyRunMin] as Range,
  easyRunOfLongRunMax: 0.9,
  // WORKOUTS.md's shortest easy run: a loading week runs fewer easy runs rather than shorter.
  easyRunProperMin: 30,
  minMinPerRunDay: 22, // a week's minutes per run day before it drops a day
  afterRaceRunMin: [20, 40] as Range, // RC-1: recovery runs (WORKOUTS.md: 20–40 min) in a short race's week
  // TP-2: race week keeps 40–60% of the peak over few days: easy runs of up to 90 min, longer
  // only when the window's floor needs them.
  raceWeekEasyMaxMin: [90, longestEasyRunMin] as Range,
  twoDaysOutEasyMaxMin: 60, // two days before a race: fresh legs, the minutes go earlier
  freshLegsDays: 2, // the days before a race whose easy runs keep to twoDaysOutEasyMaxMin
  // A race week's sharp session, warm-up to cool-down, runs no longer (its work cut as a
  // taper's): what its day holds when the week's target is read against its days.
  raceWeekSessionMaxMin: 75,
  // A race predicted at this long or more runs into the night from a dawn start (WORKOUTS.md:
  // night running with a headlamp when the race runs overnight).
  overnightRaceMin: 13 * 60,
  // WORKOUTS.md's cut of a cutback's and a taper's sessions, from sessions of this much work:
  // a small week's few minutes of pickups stand at their floor, as its weeks do (PR-1, TP-2).
  sessionWorkCutFromMin: 15,
  recoveryRunMaxMin: 40, // WORKOUTS.md: a recovery run is 20–40 min at z1
  // WORKOUTS.md's easy run (30–75 min) in a race's recovery weeks: a week its few run days
  // can't fill at that length runs less, as the legs come back.
  recoveryWeekEasyMaxMin: 75,
  // The first recovery week's runs after a marathon to a 100K (a 100-miler's one fewer), a
  // day more each week after: PR-2 ramps the next block from that week.
  recoveryFirstWeekRuns: 4,
  shakeOutMin: 15,
  shakeOutShortestMin: 10, // a small week's race window may leave its eve no more (TP-2)
  // The shortest quality session worth its warm-up: 5 min, 3 × 1 min pickups, 5 min; a week
  // that must fall under the one before (a cutback, PR-1; a taper's last week, TP-2) may cut
  // it to two pickups, or a small week's floors hold it level; a taper's middle week to two
  // pickups with a longer warm-up, one minute over its last week's.
  shortestPickupsMin: 16,
  middleTaperPickupsMin: 15,
  lighterPickupsMin: 14,
  // Around hard work (WORKOUTS.md): at least 10 min of warm-up and 5 of cool-down, 15 and 10
  // when the day and the week have room.
  warmupMin: [10, 15] as Range,
  cooldownMin: [5, 10] as Range,
  // WORKOUTS.md's longest warm-up and cool-down, for a week that needs their minutes, and the
  // longest a session runs with an easy part around its work (a steady run's 60–90 min).
  longestWarmupMin: 20,
  longestCooldownMin: 15,
  sessionWithEasyPartMaxMin: 90,
  // Small weeks' full warm-up and cool-down as shares of the week's running (the session must
  // not swallow the week), and the warm-up's share of what a day's cap leaves beyond the floors.
  wrapOfWeekRun: { warmup: 0.1, cooldown: 0.06 },
  warmupShareOfRoom: 0.6,
  // A key session, warm-up and cool-down included, runs at most this share of the week's long
  // run: the long run stays the week's longest run (fitting may still trim it a little).
  keySessionOfLongRunMax: 0.95,
  fuelingStartGPerHour: 50,
  fuelingPeakGPerHour: 80,
} as const;
