import { epochDayOf } from "../dates.ts";
import type { Workout } from "../schema/plan.ts";
import { goalNeeds } from "./goal-needs.ts";
import { type Quality, qualities, workoutQualities } from "./qualities.ts";
import { roundShares } from "./shares.ts";

export interface ContributionGoal {
  id: string;
  /** ISO YYYY-MM-DD */
  date: string;
  distanceKm: number;
  surface: "road" | "trail" | "mountain";
  elevationGainM: number;
}

/**
 * Score every open goal gets on top of its fit: easy running builds the base of every race,
 * so no open goal is starved entirely, and a session that trains nothing splits equally.
 */
const floor = 0.05;

function unit(v: Record<Quality, number>): Record<Quality, number> {
  const norm = Math.hypot(...qualities.map((q) => v[q]));
  const out = { ...v };
  if (norm > 0) for (const q of qualities) out[q] = v[q] / norm;
  return out;
}

/** A goal's needs, as a unit vector, once per goal: every workout of a plan reads them. */
const needsOf = new WeakMap<ContributionGoal, Record<Quality, number>>();
function unitNeeds(goal: ContributionGoal): Record<Quality, number> {
  let needs = needsOf.get(goal);
  if (!needs) {
    needs = unit(goalNeeds(goal));
    needsOf.set(goal, needs);
  }
  return needs;
}

/** Cosine of what the workout trains and what the goal needs, both non-negative: in [0, 1]. */
function fit(trains: Record<Quality, number>, goal: ContributionGoal): number {
  const needs = unitNeeds(goal);
  return qualities.reduce((sum, q) => sum + trains[q] * needs[q], 0);
}

/** The whole workout to one goal. */
function allTo(goals: readonly ContributionGoal[], id: string): Record<string, number> {
  return Object.fromEntries(goals.map((g) => [g.id, g.id === id ? 1 : 0]));
}

/** The race a `race` workout on this day is: the goal on that date nearest its distance. */
function raceOn(
  w: Workout,
  day: number,
  goals: readonly ContributionGoal[],
): ContributionGoal | undefined {
  const gap = (g: ContributionGoal) => Math.abs(g.distanceKm - w.distanceKm);
  return goals
    .filter((g) => epochDayOf(g.date) === day)
    .reduce<ContributionGoal | undefined>(
      (best, g) => (!best || gap(g) < gap(best) ? g : best),
      undefined,
    );
}

/**
 * Share of a workout on `date` that serves each goal (MG-3): every goal id is a key, each
 * share is in [0, 1] rounded to hundredths, and they sum to exactly 1. With no goals the
 * result is empty.
 */
export function contributionOf(
  w: Workout,
  date: string,
  goals: readonly ContributionGoal[],
): Record<string, number> {
  if (goals.length === 0) return {};
  const [only] = goals;
  // One goal takes every workout whole.
  if (only && goals.length === 1) return { [only.id]: 1 };
  const day = epochDayOf(date);
  // A race already run can no longer be trained for.
  const open = goals.filter((g) => epochDayOf(g.date) >= day);
  if (open.length === 0) {
    // After the last race (recovery weeks) the work still belongs to the season's last goal.
    const last = goals.reduce((a, g) => (epochDayOf(g.date) >= epochDayOf(a.date) ? g : a));
    return allTo(goals, last.id);
  }
  const race = w.type === "race" ? raceOn(w, day, open) : undefined;
  if (race) return allTo(goals, race.id);
  // Rest trains nothing: every fit is 0, so the floor alone splits it equally.
  const trains = unit(workoutQualities(w));
  const raw = Object.fromEntries(open.map((g) => [g.id, fit(trains, g) + floor]));
  return roundShares(
    raw,
    goals.map((g) => g.id),
  );
}

/**
 * A week's goal split: its workouts' contributions weighted by their load, rounded to sum to
 * exactly 1 over `goalIds`. A week with no load (all rest) takes `fallback`.
 */
export function goalSplitOf(
  items: readonly { load: number; contribution: Record<string, number> }[],
  goalIds: readonly string[],
  fallback: Record<string, number>,
): Record<string, number> {
  const weighted = Object.fromEntries(
    goalIds.map((id) => [id, items.reduce((s, it) => s + it.load * (it.contribution[id] ?? 0), 0)]),
  );
  const total = goalIds.reduce((s, id) => s + (weighted[id] ?? 0), 0);
  return total > 0 ? roundShares(weighted, goalIds) : fallback;
}

/** "35% Spring Half / 65% Canyon 50K", in the order of `names`; goals at 0% are left out. */
export function describeSplit(
  split: Record<string, number>,
  names: Record<string, string>,
): string {
  return Object.entries(names)
    .map(([id, name]) => ({ pct: Math.round((split[id] ?? 0) * 100), name }))
    .filter((p) => p.pct > 0)
    .map((p) => `${p.pct}% ${p.name}`)
    .join(" / ");
}

/**
 * Goals a workout serves substantially (share ≥ threshold). Two or more make it a shared
 * session, which MG-4 prefers when a plan trains for two races at once.
 */
export function sharedGoals(contribution: Record<string, number>, threshold = 0.25): string[] {
  return Object.entries(contribution)
    .filter(([, share]) => share >= threshold)
    .map(([id]) => id);
}
