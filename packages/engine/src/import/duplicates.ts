import type { ImportedActivity } from "./imported-activity.ts";
import { sportFamily } from "./sports.ts";

/** Two records of one session may start a little apart (a watch and its upload, rounding). */
const startWindowMs = 2 * 60 * 1000;
/** …and their times differ a little (auto-pause, trimmed ends). */
const durationTolerance = 0.05;

/**
 * The same session recorded twice: same sport family, starts within two minutes, and
 * timer times or elapsed times within 5% (a CSV's moving time may only match a GPX's
 * elapsed time through the CSV's elapsed time).
 */
export function isSameSession(a: ImportedActivity, b: ImportedActivity): boolean {
  return (
    sportFamily(a.sport) === sportFamily(b.sport) &&
    Math.abs(startMs(a) - startMs(b)) <= startWindowMs &&
    (close(a.durationMin, b.durationMin) || close(a.elapsedMin, b.elapsedMin))
  );
}

/**
 * Keep one record per session: the richer one (with distance and climbing), else the one
 * met first in start order. The result is in start order. Passes repeat until no two
 * records match, so removing duplicates again removes nothing.
 */
export function removeDuplicates(activities: readonly ImportedActivity[]): {
  activities: ImportedActivity[];
  duplicates: number;
} {
  let kept = [...activities].sort((a, b) => startMs(a) - startMs(b));
  for (let before = Number.POSITIVE_INFINITY; kept.length < before; ) {
    before = kept.length;
    kept = onePass(kept);
  }
  return { activities: kept, duplicates: activities.length - kept.length };
}

/** One sweep in start order; `kept` stays in start order because a replacement moves last. */
function onePass(sorted: readonly ImportedActivity[]): ImportedActivity[] {
  const kept: ImportedActivity[] = [];
  for (const activity of sorted) {
    const start = startMs(activity);
    let match = -1;
    for (let i = kept.length - 1; i >= 0; i--) {
      const other = kept[i] as ImportedActivity;
      if (start - startMs(other) > startWindowMs) break;
      if (isSameSession(activity, other)) {
        match = i;
        break;
      }
    }
    if (match < 0) kept.push(activity);
    else if (richness(activity) > richness(kept[match] as ImportedActivity)) {
      kept.splice(match, 1);
      kept.push(activity);
    }
  }
  return kept;
}

function richness(activity: ImportedActivity): number {
  return Number((activity.distanceKm ?? 0) > 0) + Number((activity.vertM ?? 0) > 0);
}

function close(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  return Math.abs(a - b) <= durationTolerance * Math.max(a, b);
}

const startMs = (activity: ImportedActivity) => Date.parse(activity.startTime);
