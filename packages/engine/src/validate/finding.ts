/** A rule outcome as data; the sentence that describes it lives in `explain`. */
export type Severity = "info" | "warn" | "error";

export interface Finding {
  /** Rule id from TRAINING-RULES.md (PR-2, LR-1 …) or a structural id (FMT-*, CON-*). */
  rule: string;
  severity: Severity;
  /** Where in the plan, as a JSON path: `weeks[3].days[2].workouts[0]`. */
  path: string;
  /** The bound the rule sets, when it has one. */
  limit?: number | string;
  /** What the plan holds. */
  actual?: number | string;
  weekIndex?: number;
  date?: string;
}
