import type { PlanWarning } from "../schema/plan.ts";
import type { Conflict, ConflictCode } from "./conflicts.ts";

/** The rule each conflict kind answers to: MG-2 for two peaks, MG-1 for how a race is run. */
const ruleOf: Record<ConflictCode, string> = {
  PEAKS_OVERLAP: "MG-2",
  RACE_IN_TAPER: "MG-1",
  RACE_IN_RECOVERY: "MG-1",
  RACE_AFTER_TRAINING_RACE: "RC-1",
  RACES_SAME_WEEK: "MG-1",
  BUILD_TOO_SHORT: "PH-2",
};

/**
 * The season's open questions as plan warnings. A conflict the user answered is settled: it
 * raises nothing, and its choice id stays valid for as long as the conflict exists.
 */
export function conflictWarnings(conflicts: readonly Conflict[]): PlanWarning[] {
  return conflicts
    .filter((c) => c.resolvedBy === undefined)
    .map((c) => ({
      id: c.id,
      code: c.code,
      rule: ruleOf[c.code],
      severity: "warn",
      message: c.message,
      date: c.date,
      choices: c.choices.map(({ id, label }) => ({ id, label })),
    }));
}
