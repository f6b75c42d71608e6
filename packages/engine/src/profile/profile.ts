import { rules } from "../constants.ts";
import type { AthleteProfile } from "../schema/plan.ts";
import type { Athlete, HistoryWeek, Level } from "../schema/scenario.ts";
import {
  type EarlyRecordEnd,
  earlyRecordEnd,
  historyWeeksBefore,
  longestRunOf,
} from "./history-weeks.ts";
import { hrZones } from "./hr-zones.ts";
import { namedPaces } from "./pace-zones.ts";
import { type TrainingPaces, trainingPaces, vdotRaceKm } from "./paces.ts";
import { type ZoneTargets, zoneTargets } from "./zone-targets.ts";

/** Conservative starting points when there is no history (min per week, longest run). */
export const defaultsByLevel: Record<Level, { weeklyMin: number; longestRunMin: number }> = {
  beginner: { weeklyMin: 120, longestRunMin: 40 },
  intermediate: { weeklyMin: 210, longestRunMin: 70 },
  advanced: { weeklyMin: 330, longestRunMin: 100 },
};

/** The least a plan starts from, even after weeks without running. */
const minimumWeekMin = 45;
/** Below this, recent running counts as little: the plan warns that it restarts gently. */
const restartFloorMin: Record<Level, number> = { beginner: 60, intermediate: 90, advanced: 120 };

export interface ProfileResult {
  profile: AthleteProfile;
  /** The gap-free history the profile was read from, oldest first, ending the week before the plan (for PR-3 and LR-1 at the start). */
  history: HistoryWeek[];
  /** Seconds per km for each zone (VDOT paces, or a level's defaults). */
  paces: TrainingPaces;
  /** The pace and heart-rate band of each zone, for the workouts' steps. */
  targets: ZoneTargets;
  /** Why the profile fell back to defaults, when it did. */
  fallback?: "no-history" | "little-recent-running";
  /** When the record ends weeks before the plan (it is read as the weeks just before it). */
  earlyEnd?: EarlyRecordEnd;
}

const mean = (xs: readonly number[]): number =>
  xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length;

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Share of weeks within ±30% of the median; weeks without running count against it. */
export function consistencyOf(minutes: readonly number[]): number {
  if (minutes.length === 0) return 0;
  const m = median(minutes);
  if (m <= 0) return 0;
  const inBand = minutes.filter(
    (x) => x > 0 && Math.abs(x - m) <= rules.consistencyBand * m,
  ).length;
  return inBand / minutes.length;
}

function inferLevel(chronicWeeklyMin: number, longestRecentRunMin: number): Level {
  if (chronicWeeklyMin >= 450 || longestRecentRunMin >= 180) return "advanced";
  if (chronicWeeklyMin >= 200) return "intermediate";
  return "beginner";
}

export function buildProfile(athlete: Athlete, planStart: string): ProfileResult {
  const history = historyWeeksBefore(athlete.history, planStart, rules.historyWindowWeeks);
  const age =
    athlete.birthYear === undefined ? undefined : Number(planStart.slice(0, 4)) - athlete.birthYear;
  const recent = history.slice(-rules.chronicWindowWeeks);
  const hasHistory = history.length > 0;
  const measuredChronic = mean(recent.map((w) => w.minutes));
  const measuredLongest = Math.max(0, ...recent.map(longestRunOf));
  const level =
    athlete.level ?? (hasHistory ? inferLevel(measuredChronic, measuredLongest) : "beginner");
  const defaults = defaultsByLevel[level];
  let fallback: ProfileResult["fallback"];
  if (!hasHistory) fallback = "no-history";
  else if (measuredChronic < restartFloorMin[level]) fallback = "little-recent-running";

  // After little recent running the plan restarts from what was run (PR-3 would forbid
  // more), never from nothing.
  const chronicWeeklyMin = !hasHistory
    ? defaults.weeklyMin
    : Math.max(measuredChronic, minimumWeekMin);
  const longestRecentRunMin = hasHistory ? Math.max(measuredLongest, 30) : defaults.longestRunMin;
  // Without history nothing shows the athlete is consistent: plan as for an inconsistent one.
  const consistency = hasHistory ? consistencyOf(history.map((w) => w.minutes)) : 0.5;
  const consistent = consistency >= rules.consistentAt;
  const older = age !== undefined && age >= rules.olderAthleteAge;

  const rampCap = !consistent
    ? Math.min(rules.rampCap.inconsistent, level === "beginner" ? rules.rampCap.beginner : 1)
    : rules.rampCap[level];
  // PR-1: 3:1 for consistent athletes, 2:1 for inconsistent ones, beginners and those 50+.
  const [shortRun, longRun] = rules.loadingWeeksBeforeCutback;
  const cutbackEvery = (consistent && level !== "beginner" && !older ? longRun : shortRun) + 1;
  // Ultra and trail race times say more about terrain than speed: VDOT comes from road distances.
  const raceKm = athlete.recentRace?.distanceKm ?? 0;
  const race =
    raceKm >= vdotRaceKm.min && raceKm <= vdotRaceKm.max ? athlete.recentRace : undefined;
  const paces = trainingPaces(level, race, athlete.thresholdPaceSecPerKm);
  const hr = hrZones(athlete);

  const profile: AthleteProfile = {
    level,
    chronicWeeklyMin: Math.round(chronicWeeklyMin),
    consistency: Math.round(consistency * 100) / 100,
    longestRecentRunMin: Math.round(longestRecentRunMin),
    peakRecentWeekMin: Math.round(
      hasHistory ? Math.max(...history.map((w) => w.minutes)) : chronicWeeklyMin,
    ),
    rampCap,
    loadSpikeCap: consistent ? rules.loadSpikeCap : rules.loadSpikeCapInconsistent,
    cutbackEvery,
    hasHistory,
    easyPaceSecPerKm: Math.round(paces.bySecPerKm.z2),
    ...(paces.measured
      ? { vdot: Math.round(paces.vdot * 10) / 10, paces: namedPaces(paces.vdot) }
      : {}),
    ...(hr.length > 0 ? { hrZones: hr } : {}),
  };
  const targets = zoneTargets(paces, hr);
  const earlyEnd = earlyRecordEnd(athlete.history, planStart);
  return {
    profile,
    history,
    paces,
    targets,
    ...(fallback ? { fallback } : {}),
    ...(earlyEnd ? { earlyEnd } : {}),
  };
}
