import { longRunCapMin, policy, rules } from "../constants.ts";
import { type PlanConstraints, weeklyMaxMin } from "../constraints.ts";
import { epochDayOf } from "../dates.ts";
import { comesAfterARace, isLighterWeek, type WeekFrame } from "../macro/macro.ts";
import { type WeekAvailability, weekAvailability } from "../microcycle/availability.ts";
import type { AthleteProfile } from "../schema/plan.ts";
import type { HistoryWeek } from "../schema/scenario.ts";
import { rebuildRunMin, recoveryWeekRunDays } from "./after-race.ts";
import { type BlockState, isLoading, peakWeeksRunDays, startBlock } from "./block.ts";
import { scaleUnderSpikeCap } from "./load-estimate.ts";
import { LoadWindow } from "./load-window.ts";
import { fillLongRun, wantsBackToBack } from "./long-run-target.ts";
import { type NonRunTargets, nonRunTargets, shortestStrengthMin } from "./non-run.ts";
import type { PeakVolume } from "./peak-volume.ts";
import { plannedRun, type RunSoFar, raceDayOf, recoveryRun } from "./planned-run.ts";
import { afterRaceRunMin } from "./race-capacity.ts";
import { type RealizedWeek, rampBase } from "./realized.ts";
import { RecentRuns } from "./recent-runs.ts";
import { raceWindowTail } from "./taper.ts";
import { VertPlanner } from "./vert-planner.ts";
import { capRun } from "./week-caps.ts";
import { longRunDays, mostRunDays, weekRunDays } from "./week-days.ts";
import { dropLongRun, isLighterTarget, type WeekTarget } from "./week-target.ts";

export interface TargetsInput {
  frames: WeekFrame[];
  profile: AthleteProfile;
  history: HistoryWeek[];
  constraints: PlanConstraints;
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
  private readonly loads: LoadWindow;
  private readonly realized: RealizedWeek[] = [];
  private lastLoadingRun = 0;
  /** The longest easy run of the last full loading week (a B race's mini-taper, MG-1). */
  private lastLoadingEasyMin = 0;
  /** The previous week's planned running (travel may have cut what it really held). */
  private lastFullTargetRun: number | undefined;
  /** What the last full week really ran: a taper week never runs more (TP-2). */
  private lastFullWeekRun: number | undefined;
  /** The minutes, strength and mobility included, of the last week that ran neither lighter nor short. */
  private lastFullTrainingMin = 0;
  /** Whether the last week ran lighter by design or by travel (PR-2 then reads the full week before it). */
  private lastWasLighter = false;
  /** Whether the last week had days the athlete can't train. */
  private lastWasAway = false;
  private previousLong: number;
  /** The biggest loading week of the latest block that had one: a block too short to load tapers from it. */
  private lastPeakRun: number;
  private weeksSinceBackToBack = Number.POSITIVE_INFINITY;

  constructor(private readonly input: TargetsInput) {
    const { profile } = input;
    this.startRun = firstWeekRun(profile.chronicWeeklyMin, input.constraints);
    this.rampFactor = 1 + profile.rampCap - policy.rampMargin;
    this.recent = new RecentRuns(input.history);
    this.vert = new VertPlanner(profile.easyPaceSecPerKm, input.frames);
    this.loads = new LoadWindow(input.history, profile.chronicWeeklyMin);
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
    const lastWeeks = this.realized.slice(-policy.blockStartLookbackWeeks);
    const recent = Math.max(0, ...lastWeeks.map((w) => w.runMin));
    const fromLast = last
      ? (last.runMin > 0 ? last.runMin : recent) || this.startRun
      : this.startRun;
    // A week cut short by days away or a race is no level to rebuild from: PR-2 lets the
    // next one return to the last full week.
    const rebuildLevel = rebuildRunMin(this.input.frames, frame, this.lastPeakRun);
    const startRunMin = Math.max(
      this.lastWasLighter ? Math.max(fromLast, this.lastFullWeekRun ?? 0) : fromLast,
      rebuildLevel,
    );
    this.block = startBlock({
      frames: this.input.frames,
      goalId: frame.goalId,
      level: profile.level,
      rampCap: profile.rampCap,
      startRunMin,
      // A short recovery's long run is a cutback's: the taper shortens from the last loading one.
      longestRecentRunMin: Math.max(this.previousLong, ...lastWeeks.map((w) => w.longRunMin)),
      constraints,
      ...(rebuildLevel > fromLast ? { returnRunMin: startRunMin } : {}),
    });
    this.lastLoadingRun = startRunMin;
    this.vert.startBlock(frame.terrain, this.block.peak.runMin);
    return this.block;
  }

  next(frame: WeekFrame): WeekTarget {
    const { profile, constraints: c } = this.input;
    const block = this.enter(frame);
    const availability = weekAvailability(frame.startDate, c);
    let runDays = this.mostRunDays(availability);
    const soFar = this.soFar(block);
    const planned = plannedRun(frame, block, soFar);
    if (frame.phase === "recovery")
      runDays = recoveryWeekRunDays(frame, runDays, this.input.frames[frame.index - 1]);

    const days = longRunDays({
      frames: this.input.frames,
      frame,
      availability,
      constraints: c,
      mediumLongFloorMin: this.previousLong * rules.mediumLongOfLong[0],
      previousLongMin: this.previousLong,
    });
    const backToBack =
      days.backToBack !== undefined && wantsBackToBack(frame, runDays, this.weeksSinceBackToBack);
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
      nonRun: this.nonRunOf(frame, 0),
      ...(days.maxLongMin === undefined ? {} : { longRunMaxMin: days.maxLongMin }),
    };
    // MG-1: a B race's mini-taper sheds the long run, not into longer easy runs.
    if (frame.phase === "race" && frame.focus.mode === "b-race" && this.lastLoadingEasyMin > 0)
      target.easyRunMaxMin = Math.max(policy.easyRunMin[0], this.lastLoadingEasyMin);
    const capped = capRun(planned.runMin, {
      frames: this.input.frames,
      frame,
      availability,
      runDays,
      longDay,
      block,
      constraints: c,
      maxRunMin: target.maxRunMin,
      nonRunOf: (r) => this.nonRunOf(frame, r),
      ...(target.easyRunMaxMin === undefined ? {} : { easyRunMaxMin: target.easyRunMaxMin }),
    });
    const run = capped.runMin;
    if (capped.limitedBy) target.limitedBy = capped.limitedBy;
    target.beforeSpikeRunMin = run;
    // PR-3: the week's estimated load under the spike cap. After a race the built week is
    // checked against PR-3 again (fitWeek): the estimate may run closer to the cap, or the
    // rebuild stalls on the margin. A peaked race week only falls; any other race week is a
    // week like the rest.
    const afterRace = comesAfterARace(this.input.frames, frame);
    const spikeCap =
      profile.loadSpikeCap - (afterRace ? policy.spikeMarginAfterRace : policy.spikeMargin);
    const tapered = frame.phase === "race" && frame.focus.mode === "peak";
    // A loading or recovery week climbs no higher than the weeks after it can hold once a
    // race in the window leaves it.
    const holdable =
      isLoading(frame) || frame.phase === "recovery"
        ? this.loads.holdable(spikeCap)
        : Number.POSITIVE_INFINITY;
    const spikeCeiling = tapered ? Number.POSITIVE_INFINITY : this.loads.ceiling(spikeCap);
    const ceiling = Math.min(spikeCeiling, holdable);
    const scaled = scaleUnderSpikeCap(run, ceiling, (r) => {
      target.runDays = weekRunDays(frame, r, runDays, peakWeeksRunDays(block));
      // A taper week of one run runs its sharp session, no long run (TP-2 keeps intensity).
      const lone = frame.phase === "taper" && target.runDays === 1;
      this.fill(target, r, lone ? undefined : longDay, mlDay, backToBack);
      return target;
    });
    if (scaled) target.limitedBy = holdable < spikeCeiling ? "load-hold" : "load-spike";
    if (planned.raceWindow) target.raceWindowMin = planned.raceWindow;
    // A short race's week runs again after a day's rest, as its recovery week would (RC-1).
    const runsAfter = afterRaceRunMin(
      frame,
      availability,
      c,
      target.runDays,
      recoveryRun(frame, soFar, 0),
    );
    if (runsAfter !== undefined) target.afterRaceMin = runsAfter;
    const tail =
      block.maxTrainingRun > 0
        ? raceWindowTail(frame, this.input.frames[frame.index + 1], {
            peakRunMin: block.maxTrainingRun,
            raceDay: raceDayOf(block),
            lastWeekRunMin: this.realized.at(-1)?.runMin ?? 0,
            afterLongDay: Math.max(longDay ?? -1, mlDay ?? -1) + 1,
          })
        : undefined;
    if (tail) target.raceWindowTail = tail;
    return target;
  }

  /** PR-4: the first week's running band around the athlete's usual week, and what it aims at. */
  firstWeekBand(): { low: number; high: number; aim: number; volumeTop: number } {
    const chronic = this.input.profile.chronicWeeklyMin;
    const [low, high] = rules.firstWeekBand;
    // Read on every minute, strength and mobility included, the band's top holds them too.
    const volumeTop = firstWeekVolumeTop(chronic);
    return { low: chronic * low, high: chronic * high, aim: this.startRun, volumeTop };
  }

  /** The most days the week may run: the athlete's weekly days, on the days open to running. */
  mostRunDays(availability: WeekAvailability): number {
    return mostRunDays(availability, this.input.constraints);
  }

  /** PR-4: the most a week may hold, strength and mobility included. */
  weeklyMaxMin(): number {
    return weeklyMaxMin(this.input.constraints);
  }

  /** PR-4: whether a week's whole volume, strength included, stays under the athlete's maximum. */
  underWeeklyMax(volumeMin: number): boolean {
    return volumeMin <= this.weeklyMaxMin();
  }

  /** PR-3's ceiling for the week being planned: the load it may reach over the four before it. */
  loadCeiling(): number {
    return this.loads.ceiling(this.input.profile.loadSpikeCap - policy.spikeCeilingMargin);
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
    if (!this.lastWasLighter) this.lastFullTrainingMin = week.trainingMin;
    this.lastWasAway = target.availability.unavailable.some(Boolean);
    // A week cut short by days away is no level to ramp volume or climbing from (PR-2, SP-1).
    if (!target.availability.unavailable.some(Boolean)) {
      // Nor is a week holding a race a level for a taper to fall from: its minutes around the
      // race are the race's eve and first days after, not training (a goal right after another).
      if (frame.phase !== "race" && frame.trainingRaces.length === 0) {
        this.lastFullTargetRun = target.runMin;
        this.lastFullWeekRun = week.runMin;
      }
      // A week that climbed nothing (a race week of flat recovery runs) is no level either.
      if (week.vertM > 0) this.vert.commit(week.vertM);
    }
    this.loads.push(week.loadWithRace, week.load);
    for (const r of week.runs) this.recent.add(r.day, r.minutes);
    const block = this.enter(frame);
    if (isLoading(frame)) {
      block.maxTrainingRun = Math.max(block.maxTrainingRun, week.runMin);
      // A block whose loading weeks were all away has no peak of its own to taper from.
      if (block.maxTrainingRun > 0) this.lastPeakRun = block.maxTrainingRun;
      // A training race's day is a day of running too (TP-2 counts it).
      const runDays = week.runs.length;
      if (frame.phase === "peak")
        block.peakPhaseRunDays = Math.max(block.peakPhaseRunDays, runDays);
      if (week.runMin >= block.biggestWeek.runMin)
        block.biggestWeek = { runMin: week.runMin, runDays };
      block.taperLongBase = Math.max(block.taperLongBase, week.longRunMin);
      if (frame.kind !== "cutback" && frame.kind !== "race") {
        // A week cut short by travel or illness is no base to ramp from: keep the last full one.
        if (!target.availability.unavailable.some(Boolean)) {
          this.lastLoadingRun = rampBase(this.realized, target.runMin);
          if (week.longestEasyMin > 0) this.lastLoadingEasyMin = week.longestEasyMin;
        }
        if (frame !== block.frames[0]) block.rampStepsLeft -= 1;
      }
    }
    // A week without a long run (a recovery's easy running) leaves LR-1's step unread: the
    // next long run grows from its longest run when that is longer, never from less.
    if (week.longRunMin > 0) this.previousLong = week.longRunMin;
    else this.previousLong = Math.max(this.previousLong, week.longestEasyMin);
    this.weeksSinceBackToBack = target.backToBack ? 1 : this.weeksSinceBackToBack + 1;
  }

  /** What the weeks planned so far leave for the next one's running. */
  private soFar(block: BlockState): RunSoFar {
    return {
      frames: this.input.frames,
      realized: this.realized,
      startRun: this.startRun,
      rampFactor: this.rampFactor,
      lastLoadingRun: this.lastLoadingRun,
      lastFullTargetRun: this.lastFullTargetRun,
      lastFullWeekRun: this.lastFullWeekRun,
      lastWasAway: this.lastWasAway,
      // A race too close for any loading week peaks where the athlete is now.
      peakRun: block.maxTrainingRun > 0 ? block.maxTrainingRun : this.lastPeakRun,
      tightSpikeCap: this.input.profile.loadSpikeCap <= rules.loadSpikeCapInconsistent,
    };
  }

  /** The week's running, quality, strength and vert, and its long run when it has a day for one. */
  private fill(
    t: WeekTarget,
    runMin: number,
    longDay?: number,
    mlDay?: number,
    backToBack = false,
  ): void {
    const { constraints } = this.input;
    const frame = t.frame;
    t.runMin = Math.round(runMin);
    t.nonRun = this.nonRunOf(frame, t.runMin);
    t.qualityMin = Math.round(t.runMin * policy.qualityShare[frame.phase]);
    if (longDay !== undefined) {
      fillLongRun(
        t,
        { longDay, mlDay, backToBack },
        {
          constraints,
          block: this.enter(frame),
          previousLongMin: this.previousLong,
          recentMaxBefore: (day) => this.recent.maxBefore(day),
        },
      );
    } else if (t.longRunDay !== undefined) {
      // Refilled without one (a taper cut to its lone session): no long run left from before.
      dropLongRun(t);
    }
    t.vertM = this.vert.vertFor(frame, t.runMin);
  }

  private nonRunOf(frame: WeekFrame, runMin: number): NonRunTargets {
    const next = this.input.frames[frame.index + 1];
    const most = this.volumeCeiling(frame) - runMin;
    return nonRunTargets(frame, runMin, frame.terrain.surface, this.input.constraints, next, most);
  }

  /**
   * PR-2 and PR-4 read on the week's every minute, strength and mobility included: the first
   * week within the band over the usual week, a week that ramps (a loading week, a recovery's
   * later week) within the ramp over the week before it, or after a lighter week over the
   * last full one. Strength comes in as the running does, never as a jump of its own.
   */
  private volumeCeiling(frame: WeekFrame): number {
    const { profile } = this.input;
    if (frame.index === 0) return firstWeekVolumeTop(profile.chronicWeeklyMin);
    const ramping =
      (isLoading(frame) && !isLighterWeek(frame)) ||
      (frame.phase === "recovery" && frame.weekInPhase > 0);
    const last = this.realized.at(-1)?.trainingMin ?? 0;
    const reference = this.lastWasLighter ? Math.max(last, this.lastFullTrainingMin) : last;
    if (!ramping || reference <= 0) return Number.POSITIVE_INFINITY;
    return reference * this.rampFactor;
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
}

/**
 * PR-4: the first week's running near the usual week, leaving its strength session room under
 * the band's top when the band is read on every minute: a smaller usual week runs a little
 * less, down to `firstWeekLeastOfChronic` of it — unless no running in the band leaves room.
 */
function firstWeekRun(chronicMin: number, c: PlanConstraints): number {
  const top = firstWeekVolumeTop(chronicMin);
  const least = Math.ceil(chronicMin * policy.firstWeekLeastOfChronic);
  const usual = chronicMin * policy.firstWeekOfChronic;
  const fits = (r: number) => !c.strength || r + shortestStrengthMin(r, c) <= top;
  for (let run = usual; run >= least; run -= 1) if (fits(run)) return run;
  // Too small a week for its strength session under the top at any running in the band.
  return usual;
}

/** PR-4's top read on every minute, a minute inside it (whole minutes round). */
const firstWeekVolumeTop = (chronicMin: number): number => chronicMin * rules.firstWeekBand[1] - 1;
