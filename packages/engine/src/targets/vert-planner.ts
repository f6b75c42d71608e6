import { isUltra, policy, rules } from "../constants.ts";
import { isLighterWeek, type WeekFrame } from "../macro/macro.ts";
import type { GoalContext } from "../season/goal-context.ts";
import { isLoading } from "./block.ts";
import { factorForVert, phaseVertFactor, specificVertFactor, vertForFactor } from "./vert.ts";

/**
 * SP-1 week by week: the phase's share of the race's gain density, rising ≤ 25% a week. The
 * rise is read between plan weeks: the first week starts in its phase's band, however little
 * the history climbed (SP-1, unlike PR-3 and LR-1, does not reach into the history).
 */
export class VertPlanner {
  private previous: number | undefined;
  private density = 0;
  private specificFactor = 0;
  private raceGainM = 0;
  private ultra = false;
  /** True when a block's peak weeks can't reach 60% of its race's gain (a warning, SP-1). */
  short = false;

  /** Per week, the climbing it keeps so a hillier race's peak week can still be reached. */
  private readonly floors: number[];

  constructor(
    private readonly easyPace: number,
    frames: readonly WeekFrame[],
  ) {
    this.floors = carriedVert(frames);
  }

  /** A new block climbs for the hilliest race still ahead (`terrain`); the last week's vert carries on. */
  startBlock(terrain: GoalContext, peakRunMin: number): void {
    this.density = terrain.distanceKm > 0 ? terrain.elevationGainM / terrain.distanceKm : 0;
    this.raceGainM = terrain.elevationGainM;
    this.ultra = isUltra(terrain.category);
    this.specificFactor = specificVertFactor({
      ultra: this.ultra,
      raceGainM: terrain.elevationGainM,
      density: this.density,
      peakRunMin,
      easyPaceSecPerKm: this.easyPace,
    });
    const peakVert = vertForFactor(this.specificFactor, this.density, peakRunMin, this.easyPace);
    this.short ||=
      this.ultra && this.density > 0 && peakVert < terrain.elevationGainM * rules.peakVertOfRace[0];
  }

  vertFor(frame: WeekFrame, runMin: number): number {
    if (this.density <= 0 || runMin <= 0) return 0;
    let f = phaseVertFactor(frame, this.specificFactor);
    // SP-1's band: base weeks up to 50% of the race's gain per km, the rest up to 120%.
    const bandTop =
      frame.phase === "base" ? rules.vertFactor.base[1] : rules.vertFactor.specific[1];
    if (isLighterWeek(frame) && this.previous !== undefined) {
      // Hold most of the climbing so next week can climb back within the 25% rise.
      const held = factorForVert(
        this.previous * policy.vertCutback,
        this.density,
        runMin,
        this.easyPace,
      );
      f = Math.min(Math.max(f, held), bandTop - policy.vertBandMargin);
    }
    // Climbing carried through another race's taper, race and recovery (and a block started
    // low) for an ultra whose peak week must still reach 60% of its gain (SP-1), within the
    // phase's band where SP-1 has one.
    const carried = Math.min(
      this.floors[frame.index] ?? 0,
      vertForFactor(bandTop - policy.vertBandMargin, this.density, runMin, this.easyPace),
    );
    let vert = Math.max(carried, vertForFactor(f, this.density, runMin, this.easyPace));
    // Rising ≤ 25% a week; from flat weeks (a road race's recovery) any week may climb to
    // 100 m, or a block would never leave a few metres behind.
    if (this.previous !== undefined)
      vert = Math.min(
        vert,
        Math.max(this.previous * (1 + rules.vertRiseMax - 0.005), policy.vertFromFlatM),
      );
    // SP-1's ceiling for ultras: no week climbs more than the race itself.
    const ceiling = this.ultra
      ? this.raceGainM * (rules.peakVertOfRace[1] - 0.03)
      : Number.POSITIVE_INFINITY;
    return Math.round(Math.min(vert, ceiling));
  }

  commit(vertM: number): void {
    this.previous = vertM;
  }
}

/**
 * SP-1 backwards: each hilly ultra's peak week (its block's last loading week) climbs 60% of
 * its race's gain at least; at 25% a week, the weeks before it keep what it climbs from. A
 * race on the way (a flat race's taper, race week and recovery) would otherwise drop the
 * climbing to a few hundred metres that the ultra's short block can't climb back from.
 */
function carriedVert(frames: readonly WeekFrame[]): number[] {
  const floors = frames.map(() => 0);
  const rise = 1 + rules.vertRiseMax - policy.vertCarryMargin;
  for (const g of new Set(frames.map((f) => f.terrain))) {
    if (!isUltra(g.category) || g.elevationGainM <= 0) continue;
    const peak = frames.findLast((f) => f.goalId === g.id && isLoading(f));
    if (!peak) continue;
    const need = g.elevationGainM * (rules.peakVertOfRace[0] + policy.vertCarryMargin);
    for (let k = peak.index; k >= 0; k--) {
      const floor = need / rise ** (peak.index - k);
      floors[k] = Math.max(floors[k] ?? 0, floor);
    }
  }
  return floors;
}
