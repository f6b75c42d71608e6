import type { Plan, Zone } from "@cairn/engine";

/** The weekly volume chart's data: planned minutes by zone, other training, and the target. */

export type VolumePart = Zone | "other";
export const volumeParts: readonly VolumePart[] = ["z1", "z2", "z3", "z4", "z5", "other"];

export const volumePartNames: Record<VolumePart, string> = {
  z1: "Z1 recovery",
  z2: "Z2 easy",
  z3: "Z3 steady",
  z4: "Z4 threshold",
  z5: "Z5 VO2max",
  other: "Strength, mobility, cross",
};

export interface VolumeBar {
  /** 1-based, as the page names weeks. */
  week: number;
  part: VolumePart;
  minutes: number;
}

export interface WeekTarget {
  week: number;
  targetMin: number;
  plannedMin: number;
}

const running = new Set(["strength", "mobility", "cross", "rest"]);

/** One row per week and part, in part order so stacks build from z1 up. */
export function weeklyZoneVolume(plan: Pick<Plan, "weeks">): VolumeBar[] {
  return plan.weeks.flatMap((week) => {
    const minutes: Record<VolumePart, number> = { z1: 0, z2: 0, z3: 0, z4: 0, z5: 0, other: 0 };
    for (const day of week.days)
      for (const w of day.workouts) {
        if (running.has(w.type)) minutes.other += w.durationMin;
        else
          for (const zone of ["z1", "z2", "z3", "z4", "z5"] as const)
            minutes[zone] += w.zoneMinutes[zone];
      }
    return volumeParts.map((part) => ({ week: week.index + 1, part, minutes: minutes[part] }));
  });
}

export function weeklyTargets(plan: Pick<Plan, "weeks">): WeekTarget[] {
  return plan.weeks.map((w) => ({
    week: w.index + 1,
    targetMin: w.targets.volumeMin,
    plannedMin: w.totals.volumeMin,
  }));
}
