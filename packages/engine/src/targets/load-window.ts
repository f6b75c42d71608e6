import { rules } from "../constants.ts";
import type { HistoryWeek } from "../schema/scenario.ts";
import { loadsBeforePlan } from "../validate/load.ts";

/**
 * PR-3's window: the loads of the weeks planned so far (the history's first), races
 * included once run, and the races' share of each.
 */
export class LoadWindow {
  private readonly loads: number[];
  private readonly raceLoads: number[];

  constructor(history: readonly HistoryWeek[], chronicWeeklyMin: number) {
    this.loads = loadsBeforePlan(history, chronicWeeklyMin);
    this.raceLoads = this.loads.map(() => 0);
  }

  /** A planned week's load with its race, and the race's share of it. */
  push(loadWithRace: number, load: number): void {
    this.loads.push(loadWithRace);
    this.raceLoads.push(loadWithRace - load);
  }

  /** PR-3's reference: the mean load of the four weeks before the one being planned. */
  get mean(): number {
    const previous = this.loads.slice(-rules.loadSpikeWindowWeeks);
    return previous.length ? previous.reduce((s, x) => s + x, 0) / previous.length : 0;
  }

  /** The week's ceiling under `cap`: none before any week with load. */
  ceiling(cap: number): number {
    const mean = this.mean;
    return mean > 0 ? mean * cap : Number.POSITIVE_INFINITY;
  }

  /**
   * PR-3 looking ahead, in the four weeks after a race: the block's peak and the race's own
   * load (it was run) leave the window week by week, and a week may climb to a level the
   * week after it cannot hold under the cap: 496 minutes after a 100-miler's recovery, then
   * 343. Such a week climbs no higher than the next one could stay at, under the cap over
   * the window's newer weeks and itself: L ≤ cap × (newer + L) / n, so
   * L ≤ cap × newer / (n − cap).
   */
  holdable(cap: number): number {
    const window = this.loads.slice(-rules.loadSpikeWindowWeeks);
    const room = window.length - cap;
    const afterRace = this.raceLoads.slice(-window.length).some((r) => r > 0);
    if (!afterRace || room <= 0) return Number.POSITIVE_INFINITY;
    const newer = window.slice(1).reduce((s, x) => s + x, 0);
    return (cap * newer) / room;
  }
}
