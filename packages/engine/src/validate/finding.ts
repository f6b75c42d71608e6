/** A rule outcome as data; the sentence that describes it lives in `explain`. */
export type Severity = "info" | "warn" | "error";

export interface Finding {
  /** Rule id from TRAINING-RULES.md (PR-2, LR-1 …) or a structural id (FMT-*, CON-*). */
  rule: string;
  severity: Severity;
  /** Where in the plan, as a JSON path: `weeks[3].days[2].workouts[0]`. */
  path: string;
  /** Which of the rule's checks failed, when the rule makes several (`cutbackDrop`, `streak` …). */
  measure?: string;
  /** The bound the rule sets, when it has one. */
  limit?: number | string;
  /** What the plan holds. */
  actual?: number | string;
  weekIndex?: number;
  /** The earlier week the plan was compared with (PR-2's reference week). */
  refWeekIndex?: number;
  date?: string;
}

export type FindingDetails = Omit<Finding, "rule" | "severity" | "path">;

export const errorAt = (rule: string, path: string, details: FindingDetails = {}): Finding => ({
  rule,
  severity: "error",
  path,
  ...details,
});

export const warnAt = (rule: string, path: string, details: FindingDetails = {}): Finding => ({
  rule,
  severity: "warn",
  path,
  ...details,
});
