import type { Zone } from "../schema/plan.ts";

/** A heart-rate zone in whole bpm, both ends included. */
export interface HrZone {
  zone: Zone;
  min: number;
  max: number;
}

const zones: readonly Zone[] = ["z1", "z2", "z3", "z4", "z5"];

/**
 * Friel's running zones: each zone's lowest heart rate in % of LTHR (Z2 85–89, Z3 90–94,
 * Z4 95–99, Z5 from 100). Friel gives Z1 no floor; 72% of LTHR is about 65% of max HR, where
 * easy running starts.
 */
const frielPercentOfLthr: Record<Zone, number> = { z1: 72, z2: 85, z3: 90, z4: 95, z5: 100 };
/** Without a max HR, Z5 ends at the top of Friel's Z5b. */
const frielTopPercentOfLthr = 106;

/**
 * Without LTHR: each zone's lowest heart rate in % of max HR, after Daniels' bands — easy
 * 65–79% split into recovery and easy, marathon 80–87%, threshold 88–92%, interval and faster
 * from 93%.
 */
const percentOfMaxHr: Record<Zone, number> = { z1: 65, z2: 72, z3: 80, z4: 88, z5: 93 };

/** Heart-rate zones from LTHR (Friel) or, without it, from max HR; none from neither. */
export function hrZones(hr: { lthr?: number | undefined; maxHr?: number | undefined }): HrZone[] {
  const { lthr, maxHr } = hr;
  if (lthr !== undefined) {
    const top = maxHr ?? Math.round((lthr * frielTopPercentOfLthr) / 100);
    return contiguous(lthr, frielPercentOfLthr, top);
  }
  if (maxHr !== undefined) return contiguous(maxHr, percentOfMaxHr, maxHr);
  return [];
}

/** Each zone starts at the first whole bpm at or above its share and ends where the next starts. */
function contiguous(reference: number, percent: Record<Zone, number>, top: number): HrZone[] {
  // Integer percentages keep the product exact: 85% of 160 is 136, not 136.00000000000003.
  const lows = zones.map((zone) => Math.ceil((reference * percent[zone]) / 100));
  return zones.map((zone, i) => ({
    zone,
    min: lows[i] ?? 0,
    max: i + 1 < lows.length ? (lows[i + 1] ?? 0) - 1 : top,
  }));
}
