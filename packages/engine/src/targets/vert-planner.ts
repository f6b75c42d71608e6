import { isUltra, policy, rules } from "../constants.ts";
import { isLighterWeek, type WeekFrame } from "../macro/macro.ts";
import type { GoalContext } from "../season/goal-context.ts";
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

  constructor(private readonly easyPace: number) {}

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
    if (isLighterWeek(frame) && this.previous !== undefined) {
      // Hold most of the climbing so next week can climb back within the 25% rise.
      const held = factorForVert(
        this.previous * policy.vertCutback,
        this.density,
        runMin,
        this.easyPace,
      );
      const ceiling =
        frame.phase === "base" ? rules.vertFactor.base[1] : rules.vertFactor.specific[1];
      f = Math.min(Math.max(f, held), ceiling - 0.08);
    }
    let vert = vertForFactor(f, this.density, runMin, this.easyPace);
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
