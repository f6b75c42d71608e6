import { isUltra, policy, rules } from "../constants.ts";
import type { WeekFrame } from "../macro/macro.ts";
import type { TargetsInput } from "./targets.ts";
import { factorForVert, phaseVertFactor, specificVertFactor, vertForFactor } from "./vert.ts";

/** SP-1 week by week: the phase's share of the race's gain density, rising ≤ 25% a week. */
export class VertPlanner {
  private previous: number | undefined;
  private readonly density: number;
  private readonly specificFactor: number;
  private readonly raceGainM: number;
  private readonly easyPace: number;
  private readonly ultra: boolean;
  /** True when the peak weeks can't reach 60% of the race's gain (a warning, SP-1). */
  readonly short: boolean;

  constructor(input: TargetsInput, peakRunMin: number) {
    const { goal, profile, history } = input;
    this.density = goal.distanceKm > 0 ? goal.elevationGainM / goal.distanceKm : 0;
    this.raceGainM = goal.elevationGainM;
    this.easyPace = profile.easyPaceSecPerKm;
    const ultra = isUltra(goal.category);
    this.ultra = ultra;
    this.specificFactor = specificVertFactor({
      ultra,
      raceGainM: goal.elevationGainM,
      density: this.density,
      peakRunMin,
      easyPaceSecPerKm: this.easyPace,
    });
    const peakVert = vertForFactor(this.specificFactor, this.density, peakRunMin, this.easyPace);
    this.short =
      ultra && this.density > 0 && peakVert < goal.elevationGainM * rules.peakVertOfRace[0];
    this.previous = history.at(-1)?.vertM;
  }

  vertFor(frame: WeekFrame, runMin: number): number {
    if (this.density <= 0 || runMin <= 0) return 0;
    let f = phaseVertFactor(frame, this.specificFactor);
    if (frame.kind === "cutback" && this.previous !== undefined) {
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
    if (this.previous !== undefined && this.previous > 0)
      vert = Math.min(vert, this.previous * (1 + rules.vertRiseMax - 0.005));
    if (this.previous === 0) vert = Math.min(vert, 100);
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
