import type { Plan } from "../schema/plan.ts";

/**
 * A short stable name for a plan: a hash of what makes it this plan (the scenario's goals, its
 * start and its seed), not of its workouts, so a regenerated or edited plan keeps it.
 */
export function planKey(plan: Plan): string {
  const identity = JSON.stringify([plan.scenario.goals, plan.startDate, plan.seed]);
  return hex(fnv1a(identity, 0x811c9dc5)) + hex(fnv1a(identity, 0x050c5d1f));
}

/** 32-bit FNV-1a over UTF-16 code units, unsigned. */
export function fnv1a(text: string, basis = 0x811c9dc5): number {
  let hash = basis;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const hex = (hash: number): string => hash.toString(16).padStart(8, "0");
