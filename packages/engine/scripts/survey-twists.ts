import fc from "fast-check";
import { defaultsByLevel } from "../src/profile/profile.ts";
import type { ScenarioInput } from "../src/schema/scenario.ts";

/**
 * What the arbitraries never draw, laid over any of them for the survey: a weekly maximum
 * under the athlete's usual week (`--ceiling`: 40–100% of it, PR-4) and a mode the runner set
 * for each race (`--modes`: none, peak, b-race or training-race, MG-1).
 */
export interface Twists {
  ceiling: boolean;
  modes: boolean;
}

const raceModes = [undefined, "peak", "b-race", "training-race"] as const;

function usualWeekOf(s: ScenarioInput): number {
  const weeks = s.athlete?.history?.weeks ?? [];
  // A runner without a record is planned from their level's usual week.
  if (weeks.length === 0) return defaultsByLevel[s.athlete?.level ?? "beginner"].weeklyMin;
  return weeks.reduce((sum, w) => sum + w.minutes, 0) / weeks.length;
}

function twist(s: ScenarioInput, picks: readonly number[], t: Twists): ScenarioInput {
  let out = s;
  if (t.modes) {
    const goals = out.goals.map((g, i) => {
      const mode = raceModes[(picks[i] ?? 0) % raceModes.length];
      return mode ? { ...g, mode } : g;
    });
    out = { ...out, goals };
  }
  if (t.ceiling) {
    const share = 0.4 + ((picks[0] ?? 0) % 61) / 100;
    const maxWeeklyMin = Math.max(30, Math.round(usualWeekOf(out) * share));
    out = { ...out, constraints: { ...out.constraints, maxWeeklyMin } };
  }
  return out;
}

/** The arbitrary itself without a twist (its seeds draw the same scenarios as before). */
export function twisted(
  arbitrary: fc.Arbitrary<ScenarioInput>,
  t: Twists,
): fc.Arbitrary<ScenarioInput> {
  if (!t.ceiling && !t.modes) return arbitrary;
  return fc
    .tuple(arbitrary, fc.array(fc.nat(), { minLength: 4, maxLength: 4 }))
    .map(([s, picks]) => twist(s, picks, t));
}
