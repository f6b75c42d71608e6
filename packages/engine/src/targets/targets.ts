import { type DistanceCategory, isUltra, policy, rules } from "../constants.ts";
import type { PlanConstraints } from "../constraints.ts";
import { addDays, epochDayOf } from "../dates.ts";
import type { WeekFrame } from "../macro/macro.ts";
import { dayCapMin, dayIndexOf, weekAvailability } from "../microcycle/availability.ts";
import { longRunDayOf, mediumLongDayOf } from "../microcycle/key-days.ts";
import type { AthleteProfile } from "../schema/plan.ts";
import type { HistoryWeek, Surface } from "../schema/scenario.ts";
import { historyWeekLoad } from "../validate/load.ts";
import { estimateWeekLoad } from "./load-estimate.ts";
import { cutbackLongRun, loadingLongRun, peakLongRunMin } from "./long-run.ts";
import { nonRunTargets } from "./non-run.ts";
import { type PeakVolume, peakVolume } from "./peak-volume.ts";
import { RecentRuns } from "./recent-runs.ts";
import { VertPlanner } from "./vert-planner.ts";
import { nonRunMinOf, type WeekTarget } from "./week-target.ts";

export interface TargetsInput {
  frames: WeekFrame[];
  profile: AthleteProfile;
  history: HistoryWeek[];
  goal: { category: DistanceCategory; surface: Surface; elevationGainM: number; distanceKm: number };
  constraints: PlanConstraints;
}

export interface Targets {
  weeks: WeekTarget[];
  peak: PeakVolume;
  /** SP-1: the race climbs more than the peak weeks can (warn). */
  vertShort: boolean;
}

const recoveryFactors = [0.3, 0.45, 0.55];
const isLoading = (f: WeekFrame) => f.phase === "base" || f.phase === "build" || f.phase === "specific" || f.phase === "peak";

/** targets — volume, long run, vert and quality for every week, in order (PR-*, LR-*, SP-1). */
export function buildTargets(input: TargetsInput): Targets {
  const { frames, profile, goal, constraints: c } = input;
  const ultra = isUltra(goal.category);
  const timeBased = ultra || goal.surface !== "road";
  const preferredLongDay = dayIndexOf(c.longRunDay);
  const startRun = profile.chronicWeeklyMin * policy.firstWeekOfChronic;
  const loadingFrames = frames.filter(isLoading);
  const firstPeak = loadingFrames.findIndex((f) => f.phase === "peak");
  const rampWeeks = (firstPeak < 0 ? loadingFrames : loadingFrames.slice(0, firstPeak + 1)).filter(
    (f, i) => i > 0 && f.kind !== "cutback",
  ).length;
  const capRunMin = (c.maxWeeklyMin ?? Number.POSITIVE_INFINITY) / (1 + policy.nonRunShare.base);
  const peak = peakVolume({
    category: goal.category,
    level: profile.level,
    startRunMin: startRun,
    rampCap: profile.rampCap,
    loadingSteps: loadingFrames.filter((f, i) => i > 0 && f.kind !== "cutback").length,
    capRunMin,
  });
  const growth = rampWeeks === 0 ? 1 : Math.min(1 + profile.rampCap, (peak.runMin / startRun) ** (1 / rampWeeks));
  const peakLong = peakLongRunMin(goal.category, profile.level, c.maxLongRunMin);
  const recent = new RecentRuns(input.history);
  const vert = new VertPlanner(input, peak.runMin);
  const loads = input.history.map(historyWeekLoad);
  const weeks: WeekTarget[] = [];
  let lastLoadingRun = 0;
  let maxTrainingRun = 0;
  let previousLong = profile.longestRecentRunMin;
  let weeksSinceBackToBack = Number.POSITIVE_INFINITY;
  let taperLongBase = 0;

  for (const frame of frames) {
    const availability = weekAvailability(frame.startDate, c);
    const runnable = availability.runnable.filter(Boolean).length;
    let runDays = Math.min(c.maxRunDaysPerWeek, runnable);
    let run: number;
    if (isLoading(frame) && frame.kind !== "cutback") {
      run = frame.index === 0 ? startRun : Math.min(lastLoadingRun * growth, Math.max(peak.runMin, lastLoadingRun));
    } else if (frame.kind === "cutback") {
      run = (weeks.at(-1)?.runMin ?? startRun) * policy.cutbackRunFactor;
    } else if (frame.phase === "taper") {
      run = maxTrainingRun * (policy.taperFactors[frame.phaseLength]?.[frame.weekInPhase] ?? 0.6);
    } else if (frame.phase === "race") {
      run = maxTrainingRun * policy.raceWeekOfPeak;
    } else {
      run = maxTrainingRun * (recoveryFactors[frame.weekInPhase] ?? 0.55);
      runDays = Math.min(runDays, 3 + frame.weekInPhase);
    }
    if (frame.index === 0 && frame.phase !== "race") run = startRun;

    const longDay = isLoading(frame) || frame.phase === "taper" ? longRunDayOf(availability, preferredLongDay) : undefined;
    const longCap = longDay === undefined ? 0 : dayCapMin(longDay, c);
    const mlDay = longDay === undefined ? undefined : mediumLongDayOf(availability, longDay);
    const backToBack =
      ultra &&
      (frame.phase === "specific" || frame.phase === "peak") &&
      frame.kind !== "cutback" &&
      weeksSinceBackToBack >= 2 &&
      mlDay !== undefined &&
      runDays >= 3;

    const target: WeekTarget = {
      frame,
      availability,
      runDays,
      runMin: run,
      longRunMin: 0,
      backToBack: false,
      mediumLongMin: 0,
      vertM: 0,
      qualityMin: 0,
      nonRun: { strengthSessions: 0, strengthMin: 0, mobilityMin: 0 },
    };
    const capacity = weekCapacity(availability, runDays, longDay, c, peakLong);
    if (run > capacity) {
      run = capacity;
      target.limitedBy = "capacity";
    }
    if (run * (1 + policy.nonRunShare[frame.phase]) > (c.maxWeeklyMin ?? Number.POSITIVE_INFINITY)) {
      run = (c.maxWeeklyMin ?? 0) / (1 + policy.nonRunShare[frame.phase]);
      target.limitedBy = "max-weekly";
    }

    // PR-3: scale the week down until its estimated load sits under the spike cap.
    const spikeCap = profile.loadSpikeCap - policy.spikeMargin;
    const previous = loads.slice(-rules.loadSpikeWindowWeeks);
    const chronicLoad = previous.length ? previous.reduce((s, x) => s + x, 0) / previous.length : 0;
    for (let attempt = 0; attempt < 4; attempt++) {
      fillWeek(target, run);
      const load = estimateWeekLoad(target.runMin, target.qualityMin, target.vertM, nonRunMinOf(target.nonRun));
      if (chronicLoad === 0 || load <= chronicLoad * spikeCap || frame.phase === "race") break;
      run *= (chronicLoad * spikeCap) / load;
      target.limitedBy = "load-spike";
    }

    function fillWeek(t: WeekTarget, runMin: number) {
      t.runMin = Math.round(runMin);
      t.nonRun = nonRunTargets(frame, t.runMin, goal.surface, c);
      t.qualityMin = Math.round(t.runMin * policy.qualityShare[frame.phase]);
      if (longDay !== undefined) {
        const longInput = {
          category: goal.category,
          timeBased,
          weekRunMin: t.runMin,
          runDays,
          backToBack,
          previousLongMin: previousLong,
          recentMaxMin: recent.maxBefore(epochDayOf(addDays(frame.startDate, longDay))) ?? previousLong,
          peakMin: frame.phase === "taper" ? Math.min(peakLong, taperLongBase * (policy.taperFactors[frame.phaseLength]?.[frame.weekInPhase] ?? 0.6)) : peakLong,
          dayCapMin: longCap,
        };
        t.longRunMin = frame.kind === "cutback" ? cutbackLongRun(longInput) : loadingLongRun(longInput);
        t.longRunDay = longDay;
        t.backToBack = backToBack;
        if (backToBack && mlDay !== undefined) {
          t.mediumLongDay = mlDay;
          t.mediumLongMin = Math.floor(Math.min(t.longRunMin * policy.mediumLongOfLong, dayCapMin(mlDay, c)));
          if (t.mediumLongMin < t.longRunMin * rules.mediumLongOfLong[0]) {
            t.backToBack = false;
            t.mediumLongMin = 0;
            delete t.mediumLongDay;
          }
        }
      }
      t.vertM = vert.vertFor(frame, t.runMin);
    }

    vert.commit(target.vertM);
    loads.push(estimateWeekLoad(target.runMin, target.qualityMin, target.vertM, nonRunMinOf(target.nonRun)));
    if (isLoading(frame)) {
      maxTrainingRun = Math.max(maxTrainingRun, target.runMin);
      taperLongBase = Math.max(taperLongBase, target.longRunMin);
      if (frame.kind !== "cutback") lastLoadingRun = target.runMin;
    }
    if (target.longRunMin > 0 && target.longRunDay !== undefined) {
      previousLong = target.longRunMin;
      recent.add(epochDayOf(addDays(frame.startDate, target.longRunDay)), target.longRunMin);
    }
    weeksSinceBackToBack = target.backToBack ? 1 : weeksSinceBackToBack + 1;
    weeks.push(target);
  }
  return { weeks, peak, vertShort: vert.short };
}

/** The most running a week's days can hold: the long run plus easy days at their caps. */
function weekCapacity(
  a: { runnable: boolean[] },
  runDays: number,
  longDay: number | undefined,
  c: PlanConstraints,
  peakLong: number,
): number {
  const caps: number[] = [];
  for (let d = 0; d < 7; d++) {
    if (!a.runnable[d]) continue;
    caps.push(d === longDay ? Math.min(peakLong, dayCapMin(d, c)) : Math.min(policy.easyRunMin[1], dayCapMin(d, c)));
  }
  return caps
    .sort((x, y) => y - x)
    .slice(0, runDays)
    .reduce((s, x) => s + x, 0);
}
