import { buildProfile } from "../profile/profile.ts";
import type { ZoneTargets } from "../profile/zone-targets.ts";
import { type Random, seededRandom, subSeed } from "../random.ts";
import type { Plan, Zone } from "../schema/plan.ts";
import { isTrainingRun } from "../validate/amounts.ts";

/** What a new workout is shaped from: the athlete's paces and bands, and how its week climbs. */
export interface ShapeContext {
  /** Seconds per km of each zone, as the generator counted distance. */
  paces: Record<Zone, number>;
  targets: ZoneTargets;
  random: Random;
  /** Metres the week's training runs climb per minute: a new run climbs like them. */
  climbPerMin: number;
}

/** The shape context of a workout in this week, its random draw seeded by `label`. */
export function shapeContext(plan: Plan, weekIndex: number, label: string): ShapeContext {
  // The plan keeps its scenario: its athlete gives the very paces and bands the generator used.
  const { paces, targets } = buildProfile(plan.scenario.athlete, plan.startDate);
  const runs = (plan.weeks[weekIndex]?.days ?? []).flatMap((d) => d.workouts).filter(isTrainingRun);
  const minutes = runs.reduce((sum, w) => sum + w.durationMin, 0);
  const vert = runs.reduce((sum, w) => sum + w.vertM, 0);
  return {
    paces: paces.bySecPerKm,
    targets,
    random: seededRandom(subSeed(plan.seed, "edit", label)),
    climbPerMin: minutes > 0 ? vert / minutes : 0,
  };
}
