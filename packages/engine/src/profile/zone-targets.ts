import type { Zone } from "../schema/plan.ts";
import type { HrZone } from "./hr-zones.ts";
import { type PaceBand, paceBands } from "./pace-zones.ts";
import type { TrainingPaces } from "./paces.ts";

/**
 * What a step of each zone is run at: a pace band when the paces were measured (a race or a
 * threshold pace, not a level's default), a heart-rate band when there are heart-rate zones.
 */
export interface ZoneTargets {
  pace?: Record<Zone, PaceBand>;
  hrBpm?: Record<Zone, [number, number]>;
}

export function zoneTargets(paces: TrainingPaces, hr: readonly HrZone[]): ZoneTargets {
  const targets: ZoneTargets = {};
  if (paces.measured) targets.pace = paceBands(paces.vdot);
  if (hr.length > 0) {
    targets.hrBpm = Object.fromEntries(hr.map((z) => [z.zone, [z.min, z.max]])) as Record<
      Zone,
      [number, number]
    >;
  }
  return targets;
}
