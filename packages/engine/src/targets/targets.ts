import { isUltra, longRunCapMin, policy, recoversInDays, rules } from "../constants.ts";
import type { PlanConstraints } from "../constraints.ts";
import { addDays, epochDayOf } from "../dates.ts";
import {
  comesAfterARace,
  holdsTrainingRace,
  isLighterWeek,
  type WeekFrame,
} from "../macro/macro.ts";
import { dayCapMin, type WeekAvailability, weekAvailability } from "../microcycle/availability.ts";
import type { AthleteProfile } from "../schema/plan.ts";
import type { HistoryWeek } from "../schema/scenario.ts";
import { loadsBeforePlan } from "../validate/load.ts";
import { afterRaceDays } from "./after-race.ts";
import { type BlockState, isLoading, peakWeeksRunDays, startBlock } from "./block.ts";
import { estimateWeekLoad } from "./load-estimate.ts";
import { cutbackLongRun, loadingLongRun } from "./long-run.ts";
import { nonRunTargets } from "./non-run.ts";
import type { PeakVolume } from "./peak-volume.ts";
import { RecentRuns } from "./recent-runs.ts";
import { VertPlanner } from "./vert-planner.ts";
import { longRunDays, veryEasyDaysAfterRaces, weekCapacity } from "./week-days.ts";
import { isLighterTarget, nonRunMinOf, type WeekTarget } from "./week-target.ts";

export interface TargetsInput {
  frames: WeekFrame[];
  profile: AthleteProfile;
  history: HistoryWeek[];
  constraints: PlanConstraints;
}

/** What a week turned out to hold once its workouts were built: the next week builds on it. */
export interface RealizedWeek {
  /** Running minutes without the race. */
  runMin: number;
  longRunMin: number;
  vertM: number;
  /** Load without the race: the week PR-3 measures. */
  load: number;
  /** Load with the race: what the weeks after it measure against (the race was run). */
  loadWithRace: number;
  /** The longest run of each day that had one, as epoch day and minutes (LR-1's memory). */
  runs: { day: number; minutes: number }[];
  /** Training minutes of each day, Monday first (the race week's window reaches into this week). */
  dayRunMin: number[];
}

/**
 * targets — volume, long run, vert and quality for each week (PR-*, LR-*, SP-1). Weeks are
 * planned in order, each from what the weeks before it really hold, so that ramps, cutbacks
 * and load spikes are measured the way the validator measures them.
 */
export class TargetPlanner {
  private readonly rampFactor: number;
  private readonly startRun: number;
  private block: BlockState | undefined;
  private readonly recent: RecentRuns;
  private readonly vert: VertPlanner;
  private readonly loads: number[];
  private readonly realized: RealizedWeek[] = [];
  private lastLoadingRun = 0;
  /** The previous week's planned running (travel may have cut what it really held). */
  private lastFullTargetRun: number | undefined;
  /** What the last full week really ran: a taper week never runs more (TP-2). */
  private lastFullWeekRun: number | undefined;
  /** Whether the last week ran lighter by design or by travel (PR-2 then reads the full week before it). */
  private lastWasLighter = false;
  /** Set while planning the race week: its pre-race minutes' band (TP-2). */
  private raceWindow: [number, number] | undefined;
  private previousLong: number;
  /** The biggest loading week of the latest block that had one: a block too short to load tapers from it. */
  private lastPeakRun: number;
  private weeksSinceBackToBack = Number.POSITIVE_INFINITY;

  constructor(private readonly input: TargetsInput) {
    const { profile } = input;
    this.startRun = profile.chronicWeeklyMin * policy.firstWeekOfChronic;
    this.rampFactor = 1 + profile.rampCap - policy.rampMargin;
    this.recent = new RecentRuns(input.history);
    this.vert = new VertPlanner(profile.easyPaceSecPerKm);
    this.loads = loadsBeforePlan(input.history, profile.chronicWeeklyMin);
    this.previousLong = profile.longestRecentRunMin;
    // Until a full week is run, the ramp builds from where the athlete is.
    this.lastLoadingRun = this.startRun;
    this.lastPeakRun = this.startRun;
  }

  get vertShort(): boolean {
    return this.vert.short;
  }

  /** The block's peak volume (PR-5) of the goal `frame` leads to. */
  peakOf(frame: WeekFrame): PeakVolume {
    return this.enter(frame).peak;
  }

  /** The block `frame` belongs to, started when its first week is planned. */
  private enter(frame: WeekFrame): BlockState {
    if (this.block?.goalId === frame.goalId) return this.block;
    const { profile, constraints } = this.input;
    const last = this.realized.at(-1);
    // A later block rebuilds from where the last recovery left the athlete (or, after a week
    // with no running at all, from the best of the last four).
    const recent = Math.max(0, ...this.realized.slice(-4).map((w) => w.runMin));
    const fromLast = last
      ? (last.runMin > 0 ? last.runMin : recent) || this.startRun
      : this.startRun;
    // A week cut short by days away or a race is no level to rebuild from: PR-2 lets the
    // next one return to the last full week.
    const startRunMin = this.lastWasLighter
      ? Math.max(fromLast, this.lastFullWeekRun ?? 0)
      : fromLast;
    this.block = startBlock({
      frames: this.input.frames,
      goalId: frame.goalId,
      level: profile.level,
      rampCap: profile.rampCap,
      startRunMin,
      longestRecentRunMin: this.previousLong,
      constraints,
    });
    this.lastLoadingRun = startRunMin;
    this.vert.startBlock(frame.terrain, this.block.peak.runMin);
    return this.block;
  }

  next(frame: WeekFrame): WeekTarget {
    const { profile, constraints: c } = this.input;
    const block = this.enter(frame);
    const availability = weekAvailability(frame.startDate, c);
    let runDays = Math.min(c.maxRunDaysPerWeek, availability.runnable.filter(Boolean).length);
    let run = this.plannedRun(frame, block);
    // After a peaked race with a recovery of weeks (the marathon up) the legs come back over
    // days; after a shorter one, or a B race, a day off is enough (RC-1 keeps the first days easy).
    if (frame.phase === "recovery") {
      const long = frame.focus.mode === "peak" && !recoversInDays(frame.focus.category);
      runDays = Math.min(runDays, long ? 3 + frame.weekInPhase : runDays - 1);
    }

    const days = longRunDays({
      frames: this.input.frames,
      frame,
      availability,
      constraints: c,
      mediumLongFloorMin: this.previousLong * rules.mediumLongOfLong[0],
    });
    const backToBack =
      isUltra(frame.endurance.category) &&
      frame.trainingRaces.length === 0 &&
      (frame.phase === "specific" || frame.phase === "peak") &&
      !isLighterWeek(frame) &&
      this.weeksSinceBackToBack >= 2 &&
      days.backToBack !== undefined &&
      runDays >= 4; // three runs can't carry the 35% of the week a back-to-back leaves (LR-3)
    const longDay = backToBack ? days.backToBack?.longDay : days.longDay;
    const mlDay = backToBack ? days.backToBack?.mlDay : undefined;
    const target: WeekTarget = {
      frame,
      availability,
      runDays,
      runMin: 0,
      longRunMin: 0,
      longRunCeilingMin: 0,
      // LR-1 against the last 30 days, and LR-2's cap: no run of the week is longer.
      maxRunMin: Math.min(
        this.maxRunBefore(epochDayOf(frame.startDate)),
        longRunCapMin[frame.endurance.category][profile.level],
        c.maxLongRunMin ?? Number.POSITIVE_INFINITY,
      ),
      backToBack: false,
      mediumLongMin: 0,
      vertM: 0,
      qualityMin: 0,
      nonRun: nonRunTargets(frame, 0, frame.terrain.surface, c),
    };
    const capacity = Math.min(
      weekCapacity(availability, runDays, longDay, c, block.peakLong),
      this.veryEasyWeekCap(frame, availability),
    );
    if (run > capacity) {
      run = capacity;
      target.limitedBy = "capacity";
    }
    // PR-4: the athlete's weekly maximum holds strength and mobility too (a strength session
    // keeps its 20 minutes however small the week).
    const maxWeekly = this.maxWeeklyMin;
    for (let attempt = 0; attempt < 3; attempt++) {
      const nonRunMin = nonRunMinOf(nonRunTargets(frame, run, frame.terrain.surface, c));
      if (run + nonRunMin <= maxWeekly) break;
      run = Math.max(0, Math.floor(maxWeekly - nonRunMin));
      target.limitedBy = "max-weekly";
    }
    target.beforeSpikeRunMin = run;
    // PR-3: scale the week down until its estimated load sits under the spike cap.
    const previous = this.loads.slice(-rules.loadSpikeWindowWeeks);
    const chronicLoad = previous.length ? previous.reduce((s, x) => s + x, 0) / previous.length : 0;
    // After a race the built week is checked against PR-3 again (fitWeek): the estimate may
    // run closer to the cap, or the rebuild stalls on the margin.
    const afterRace = comesAfterARace(this.input.frames, frame);
    const spikeCap =
      profile.loadSpikeCap - (afterRace ? policy.spikeMarginAfterRace : policy.spikeMargin);
    for (let attempt = 0; attempt < 4; attempt++) {
      // A small week runs on fewer days rather than on many 15-minute jogs; the taper keeps
      // its days (TP-2 frequency).
      const keepsDays = frame.phase === "taper" || frame.phase === "race";
      const byVolume = Math.max(2, Math.floor(run / policy.minMinPerRunDay));
      const kept = Math.ceil(rules.taperFrequencyKept * peakWeeksRunDays(block));
      // The race week's days include the race itself (TP-2 counts it).
      const raceDay = frame.phase === "race" ? 1 : 0;
      target.runDays = Math.min(runDays, keepsDays ? Math.max(byVolume + raceDay, kept) : byVolume);
      this.fill(target, run, longDay, mlDay, backToBack);
      const load = estimateWeekLoad(
        target.runMin,
        target.qualityMin,
        target.vertM,
        nonRunMinOf(target.nonRun),
      );
      // A peaked race week only falls; any other race week is a week like the rest (PR-3).
      const tapered = frame.phase === "race" && frame.focus.mode === "peak";
      if (chronicLoad === 0 || load <= chronicLoad * spikeCap || tapered) break;
      run *= (chronicLoad * spikeCap) / load;
      target.limitedBy = "load-spike";
    }
    if (this.raceWindow && frame.phase === "race" && frame.focus.mode === "peak")
      target.raceWindowMin = this.raceWindow;
    // A short race's week runs again after a day's rest, as its recovery week would (RC-1).
    const runAfter = afterRaceDays(frame, availability).length;
    if (runAfter > 0)
      target.afterRaceMin = Math.round((this.recoveryRun(frame, block, 0) * runAfter) / 7);
    const tail = this.raceWindowTail(frame, block);
    if (tail) target.raceWindowTail = tail;
    return target;
  }

  /**
   * TP-2 counts the seven days before the race: the last taper week's days from the race's
   * weekday on are among them, and leave the race week at least its shake-out.
   */
  private raceWindowTail(frame: WeekFrame, block: BlockState): WeekTarget["raceWindowTail"] {
    const lastTaperWeek = frame.phase === "taper" && frame.weekInPhase === frame.phaseLength - 1;
    if (!lastTaperWeek || frame.focus.mode !== "peak") return undefined;
    const raceDay = block.frames.find((f) => f.phase === "race")?.raceDay;
    if (raceDay === undefined) return undefined;
    const peak = block.maxTrainingRun > 0 ? block.maxTrainingRun : this.lastPeakRun;
    const [dropLo] = rules.taperDropByRaceWeek;
    const eve = raceDay >= 1 ? policy.shakeOutMin : 0;
    return { fromDay: raceDay, maxMin: (1 - dropLo - policy.raceWindowMargin) * peak - eve };
  }

  /** PR-4: the first week's running band around the athlete's usual week, and what it aims at. */
  firstWeekBand(): { low: number; high: number; aim: number } {
    const chronic = this.input.profile.chronicWeeklyMin;
    const [low, high] = rules.firstWeekBand;
    return { low: chronic * low, high: chronic * high, aim: this.startRun };
  }

  /** PR-4: whether a week's whole volume, strength included, stays under the athlete's maximum. */
  underWeeklyMax(volumeMin: number): boolean {
    return volumeMin <= this.maxWeeklyMin;
  }

  private get maxWeeklyMin(): number {
    return this.input.constraints.maxWeeklyMin ?? Number.POSITIVE_INFINITY;
  }

  /** PR-3's ceiling for the week being planned: the load it may reach over the four before it. */
  loadCeiling(): number {
    const previous = this.loads.slice(-rules.loadSpikeWindowWeeks);
    const chronic = previous.length ? previous.reduce((s, x) => s + x, 0) / previous.length : 0;
    return chronic > 0
      ? chronic * (this.input.profile.loadSpikeCap - 0.01)
      : Number.POSITIVE_INFINITY;
  }

  /** The same week with its running scaled (when the built week's load came out too high). */
  rescale(t: WeekTarget, factor: number, spike = true): WeekTarget {
    const scaled: WeekTarget = spike ? { ...t, limitedBy: "load-spike" } : { ...t };
    this.fill(scaled, t.runMin * factor, t.longRunDay, t.mediumLongDay, t.backToBack);
    return scaled;
  }

  /** Record what the week really holds; the next week is planned from it. */
  record(target: WeekTarget, week: RealizedWeek): void {
    const frame = target.frame;
    this.realized.push(week);
    this.lastWasLighter = isLighterTarget(target);
    // A week cut short by days away is no level to ramp volume or climbing from (PR-2, SP-1).
    if (!target.availability.unavailable.some(Boolean)) {
      // Nor is a week holding a race a level for a taper to fall from: its minutes around the
      // race are the race's eve and first days after, not training (a goal right after another).
      if (frame.phase !== "race" && !holdsTrainingRace(frame)) {
        this.lastFullTargetRun = target.runMin;
        this.lastFullWeekRun = week.runMin;
      }
      this.vert.commit(week.vertM);
    }
    this.loads.push(week.loadWithRace);
    for (const r of week.runs) this.recent.add(r.day, r.minutes);
    const block = this.enter(frame);
    if (isLoading(frame)) {
      block.maxTrainingRun = Math.max(block.maxTrainingRun, week.runMin);
      // A block whose loading weeks were all away has no peak of its own to taper from.
      if (block.maxTrainingRun > 0) this.lastPeakRun = block.maxTrainingRun;
      const runDays = week.dayRunMin.filter((m) => m > 0).length;
      if (frame.phase === "peak")
        block.peakPhaseRunDays = Math.max(block.peakPhaseRunDays, runDays);
      if (week.runMin >= block.biggestWeek.runMin)
        block.biggestWeek = { runMin: week.runMin, runDays };
      block.taperLongBase = Math.max(block.taperLongBase, week.longRunMin);
      if (frame.kind !== "cutback" && frame.kind !== "race") {
        // A week cut short by travel or illness is no base to ramp from: keep the last full one.
        if (!target.availability.unavailable.some(Boolean))
          this.lastLoadingRun = rampBase(this.realized, target.runMin);
        if (frame !== block.frames[0]) block.rampStepsLeft -= 1;
      }
    }
    if (week.longRunMin > 0) this.previousLong = week.longRunMin;
    this.weeksSinceBackToBack = target.backToBack ? 1 : this.weeksSinceBackToBack + 1;
  }

  /**
   * A training week whose only free days are RC-1's first days after a race (days away
   * fill the rest) holds one short jog: with its strides, still IN-1's share of quality.
   */
  private veryEasyWeekCap(frame: WeekFrame, availability: WeekAvailability): number {
    if (!isLoading(frame) && frame.phase !== "taper") return Number.POSITIVE_INFINITY;
    const veryEasy = veryEasyDaysAfterRaces(this.input.frames, frame);
    if (veryEasy.size === 0) return Number.POSITIVE_INFINITY;
    let free = 0;
    for (let d = 0; d < 7; d++) {
      if (!availability.runnable[d]) continue;
      if (!veryEasy.has(d)) return Number.POSITIVE_INFINITY;
      free++;
    }
    return free > 0 ? policy.veryEasyWeekRunMin : Number.POSITIVE_INFINITY;
  }

  /** The week's running before caps: the ramp, a cutback, or a share of the peak. */
  private plannedRun(frame: WeekFrame, block: BlockState): number {
    // A race too close for any loading week tapers from where the athlete is now.
    const peak = block.maxTrainingRun > 0 ? block.maxTrainingRun : this.lastPeakRun;
    const previousRun = this.realized.at(-1)?.runMin ?? this.startRun;
    if (frame.index === 0 && frame.phase !== "race") return this.startRun;
    // A training race week trains like a cutback around its race (MG-1).
    if (isLighterWeek(frame)) {
      // A cutback right after a training race week cuts from the full week before it.
      const last = this.input.frames[frame.index - 1];
      const skip = last !== undefined && holdsTrainingRace(last);
      const from = (skip ? this.realized.at(-2) : undefined)?.runMin ?? previousRun;
      return from * policy.cutbackRunFactor;
    }
    if (isLoading(frame)) {
      // Grow evenly to reach the peak by the peak phase, never faster than the ramp cap (PR-2).
      const steps = Math.max(1, block.rampStepsLeft);
      const growth = Math.min(
        this.rampFactor,
        Math.max(1, (block.peak.runMin / this.lastLoadingRun) ** (1 / steps)),
      );
      return this.lastLoadingRun * growth;
    }
    if (frame.phase === "taper") {
      // TP-2: the taper only falls, even after a cutback week just before it.
      let share = policy.taperFactors[frame.phaseLength]?.[frame.weekInPhase] ?? 0.6;
      // An early-week race's seven days before it are mostly this week's last days: the week
      // runs near the race week's share.
      const raceDay = block.frames.find((f) => f.phase === "race")?.raceDay ?? 6;
      if (frame.weekInPhase === frame.phaseLength - 1 && raceDay <= 2) {
        share = Math.min(share, policy.raceWeekOfPeak + 0.03 * raceDay);
      }
      // Falls week by week (TP-2) from last week's plan and what it really ran, unless travel
      // emptied that week; before any full week, from where the athlete is.
      const lastFull = Math.min(
        this.lastFullTargetRun ?? this.startRun,
        this.lastFullWeekRun ?? Number.POSITIVE_INFINITY,
      );
      return Math.min(peak * share, lastFull * (1 - policy.taperStepDown));
    }
    if (frame.phase === "race" && frame.focus.mode !== "peak") {
      // MG-1: a B race's week is a mini-taper, lighter than the weeks around it.
      return peak * policy.bRaceWeekOfPeak;
    }
    if (frame.phase === "race") {
      // TP-2 measures the seven days before the race: the end of last week counts.
      const raceDay = frame.raceDay ?? 6;
      const carried = (this.realized.at(-1)?.dayRunMin ?? [])
        .slice(raceDay)
        .reduce((a, b) => a + b, 0);
      const [dropLo, dropHi] = rules.taperDropByRaceWeek;
      const margin = policy.raceWindowMargin;
      const hi = (1 - dropLo - margin) * peak - carried;
      // Read as the calendar week labelled race too (its days after the race rest, RC-1), a
      // race from Thursday on holds the band's floor in its own days when the window allows.
      const own =
        raceDay >= policy.raceWeekOwnFloorFromDay ? Math.min(hi, (1 - dropHi + margin) * peak) : 0;
      this.raceWindow = [Math.max(own, (1 - dropHi + margin) * peak - carried), hi];
      return Math.max(0, own, peak * policy.raceWeekOfPeak - carried);
    }
    const share = this.recoveryRun(frame, block, frame.weekInPhase);
    // After the first recovery week the way back is a ramp like any other (PR-2).
    return frame.weekInPhase === 0 ? share : Math.min(share, previousRun * this.rampFactor);
  }

  /** The running of the race's recovery week `weekInPhase`, as a share of the block's peak. */
  private recoveryRun(frame: WeekFrame, block: BlockState, weekInPhase: number): number {
    const peak = block.maxTrainingRun > 0 ? block.maxTrainingRun : this.lastPeakRun;
    // With another block to come, recovery stays shallower so the rebuild starts from more
    // than PR-3 would let it climb back from.
    const last = this.input.frames.at(-1)?.goalId === frame.goalId;
    const factors =
      frame.focus.mode !== "peak"
        ? policy.recoveryWeekOfPeak.bRace
        : last
          ? policy.recoveryWeekOfPeak.last
          : policy.recoveryWeekOfPeak.rebuilding[frame.focus.category];
    return peak * (factors[weekInPhase] ?? factors.at(-1) ?? 0.55);
  }

  private fill(
    t: WeekTarget,
    runMin: number,
    longDay?: number,
    mlDay?: number,
    backToBack = false,
  ): void {
    const { constraints: c } = this.input;
    const frame = t.frame;
    // Long runs grow toward the longest race ahead (LR-1..3), whichever race comes first.
    const goal = frame.endurance;
    const block = this.enter(frame);
    t.runMin = Math.round(runMin);
    t.nonRun = nonRunTargets(frame, t.runMin, frame.terrain.surface, c);
    t.qualityMin = Math.round(t.runMin * policy.qualityShare[frame.phase]);
    if (longDay !== undefined) {
      const taperShare = policy.taperFactors[frame.phaseLength]?.[frame.weekInPhase] ?? 0.6;
      const longInput = {
        category: goal.category,
        timeBased: isUltra(goal.category),
        weekRunMin: t.runMin,
        runDays: t.runDays,
        backToBack,
        previousLongMin: this.previousLong,
        // Nothing known of the last 30 days: no growth beyond the last long run assumed.
        recentMaxMin:
          this.recent.maxBefore(epochDayOf(addDays(frame.startDate, longDay))) ??
          this.previousLong / rules.longRunVsRecentMax,
        peakMin:
          frame.phase === "taper"
            ? Math.min(block.peakLong, block.taperLongBase * taperShare)
            : block.peakLong,
        dayCapMin: dayCapMin(longDay, c),
      };
      t.longRunMin = isLighterWeek(frame) ? cutbackLongRun(longInput) : loadingLongRun(longInput);
      // A cutback's long run may take up what its easy days can't hold, still shorter than last week's.
      // Within LR-1's and LR-2's caps too (after a race, the long run stays a shorter race's).
      t.longRunCeilingMin = isLighterWeek(frame)
        ? Math.max(t.longRunMin, Math.min(this.previousLong - 1, longInput.dayCapMin, t.maxRunMin))
        : t.longRunMin;
      // Too short to be a long run: the week runs without one.
      if (t.longRunMin < policy.easyRunMin[0]) {
        t.longRunMin = 0;
        delete t.longRunDay;
        this.fillVert(t);
        return;
      }
      t.longRunDay = longDay;
      // A back-to-back of short runs trains nothing a single long run doesn't (LR-4).
      t.backToBack =
        backToBack && mlDay !== undefined && t.longRunMin >= policy.backToBackMinLongMin;
      t.mediumLongMin = 0;
      delete t.mediumLongDay;
      if (t.backToBack && mlDay !== undefined) {
        const ml = Math.floor(
          Math.min(t.longRunMin * policy.mediumLongOfLong, dayCapMin(mlDay, c)),
        );
        if (ml >= t.longRunMin * rules.mediumLongOfLong[0]) {
          t.mediumLongDay = mlDay;
          t.mediumLongMin = ml;
        } else t.backToBack = false;
      }
    }
    this.fillVert(t);
  }

  /**
   * LR-1 for the whole week: 1.2× the longest run before its Monday that is still inside
   * the 30-day window of its Sunday (older runs age out during the week).
   */
  private maxRunBefore(monday: number): number {
    const longest = this.recent.maxBetween(monday + 6 - rules.recentRunWindowDays, monday - 1);
    return longest === undefined
      ? Number.POSITIVE_INFINITY
      : Math.floor(longest * rules.longRunVsRecentMax) - 1;
  }

  private fillVert(t: WeekTarget): void {
    t.vertM = this.vert.vertFor(t.frame, t.runMin);
  }
}

/**
 * What the next loading week ramps from: the week just run, or when it ran far under its
 * target (training missed, as logged) what the last four weeks really held, so the plan
 * restarts near what was run instead of from nothing or from the old plan.
 */
function rampBase(realized: readonly RealizedWeek[], targetRunMin: number): number {
  const week = realized.at(-1)?.runMin ?? 0;
  if (week >= targetRunMin * policy.missedWeekShare) return week;
  const recent = realized.slice(-rules.loadSpikeWindowWeeks);
  return recent.reduce((s, w) => s + w.runMin, 0) / recent.length;
}
