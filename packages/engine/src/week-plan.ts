import { type DistanceCategory, rules } from "./constants.ts";
import type { PlanConstraints } from "./constraints.ts";
import { addDays } from "./dates.ts";
import { weekWhy, workoutWhy } from "./explain/why.ts";
import { dayIndexOf, weekAvailability } from "./microcycle/availability.ts";
import { longRunDayOf } from "./microcycle/key-days.ts";
import type { CarryOver } from "./microcycle/layout.ts";
import { placeWeek } from "./microcycle/place.ts";
import { seededRandom, subSeed } from "./random.ts";
import type { AthleteProfile, PhaseKind, Week, Zone } from "./schema/plan.ts";
import type { Surface } from "./schema/scenario.ts";
import type { WeekTarget } from "./targets/week-target.ts";
import { weekTotals } from "./week-totals.ts";
import { toDays } from "./workouts/to-days.ts";
import { weekSessions } from "./workouts/week-sessions.ts";

export interface WeekPlanInput {
  target: WeekTarget;
  /** The weeks already planned, in order. */
  before: readonly WeekTarget[];
  seed: number;
  carry: CarryOver;
  level: AthleteProfile["level"];
  raceDay: number;
  recoveryNoHardDays: number;
  goal: {
    id: string;
    name: string;
    distanceKm: number;
    elevationGainM: number;
    surface: Surface;
    category: DistanceCategory;
  };
  paces: Record<Zone, number>;
  raceTimeMin: number;
  constraints: PlanConstraints;
  profile: AthleteProfile;
  fuelingGPerHour: number | undefined;
}

/** Where next week's long run will fall, so this Sunday can stay easy before a Monday one (IN-5). */
function nextLongRunDay(weekStart: string, c: PlanConstraints): number {
  const next = weekAvailability(addDays(weekStart, 7), c);
  return longRunDayOf(next, dayIndexOf(c.longRunDay)) ?? dayIndexOf(c.longRunDay);
}

/** SP-1's ceiling on the week's climbing per km, a little inside the rule's bound. */
function maxVertPerKm(phase: PhaseKind, density: number): number {
  const margin = 0.05;
  if (phase === "base") return density * (rules.vertFactor.base[1] - margin);
  return density * (rules.vertFactor.specific[1] - margin);
}

/** One week, stages 6–8: place the sessions, build the workouts, explain them. */
export function weekPlan(x: WeekPlanInput): { week: Week; carry: CarryOver } {
  const { target, goal } = x;
  const random = seededRandom(subSeed(x.seed, "week", target.frame.index));
  const { layout, carry } = placeWeek(target, {
    level: x.level,
    carry: x.carry,
    random,
    raceDay: x.raceDay,
    recoveryNoHardDays: x.recoveryNoHardDays,
    nextLongRunDay: nextLongRunDay(target.frame.startDate, x.constraints),
    constraints: x.constraints,
  });
  const sessions = weekSessions(target, layout.slots, {
    category: goal.category,
    surface: goal.surface,
    goalName: goal.name,
    goalDistanceKm: goal.distanceKm,
    raceTimeMin: x.raceTimeMin,
    paces: x.paces,
    constraints: x.constraints,
    random,
    beginner: x.level === "beginner",
    maxRunMin: target.maxRunMin,
    ...(x.fuelingGPerHour === undefined ? {} : { fuelingGPerHour: x.fuelingGPerHour }),
  });
  const contribution = { [goal.id]: 1 };
  const days = toDays(sessions, {
    weekStart: target.frame.startDate,
    vertM: target.vertM,
    paces: x.paces,
    contribution,
    race: { distanceKm: goal.distanceKm, vertM: goal.elevationGainM },
    maxVertPerKm: maxVertPerKm(target.frame.phase, goal.elevationGainM / goal.distanceKm),
  });
  for (const day of days) {
    for (const w of day.workouts) {
      const why = workoutWhy(w, target, goal.name);
      if (why !== undefined) w.why = why;
    }
  }
  const loadingBefore = [...x.before]
    .reverse()
    .find((t) => t.frame.kind !== "cutback" && t.frame.phase !== "taper");
  const previous = x.before.at(-1);
  const peakRunMin = Math.max(
    1,
    ...x.before.filter((t) => t.frame.phase !== "taper").map((t) => t.runMin),
  );
  const week: Week = {
    index: target.frame.index,
    startDate: target.frame.startDate,
    phase: target.frame.phase,
    goalId: goal.id,
    kind: target.frame.kind,
    targets: {
      volumeMin:
        target.runMin +
        target.nonRun.strengthSessions * target.nonRun.strengthMin +
        target.nonRun.mobilityMin,
      longRunMin: target.longRunMin,
      vertM: target.vertM,
      qualityMin: target.qualityMin,
    },
    totals: weekTotals(days),
    goalSplit: contribution,
    why: weekWhy({
      target,
      ...(previous ? { previous } : {}),
      loadingRunBefore: loadingBefore?.runMin ?? 0,
      peakRunMin,
      rampCap: x.profile.rampCap,
      loadSpikeCap: x.profile.loadSpikeCap,
      goalName: goal.name,
      raceGainM: goal.elevationGainM,
      chronicWeeklyMin: x.profile.chronicWeeklyMin,
    }),
    days,
  };
  return { week, carry };
}
