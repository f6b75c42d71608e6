import {
  describeFinding,
  type Finding,
  parsePlan,
  type Result,
  type Severity,
  validatePlan,
} from "@cairn/engine";
import { describeIssues } from "./describe-issues.ts";
import { readJsonFile } from "./read-json.ts";

export interface CheckReport {
  text: string;
  hasErrors: boolean;
}

/** `cairn check`: plan file → its findings, worst first, and a summary line. */
export function checkCommand(planPath: string): Result<CheckReport, string> {
  const document = readJsonFile(planPath);
  if (!document.ok) return document;
  const plan = parsePlan(document.value);
  if (!plan.ok) return { ok: false, error: describeIssues(plan.error) };
  const findings = validatePlan(plan.value);
  return {
    ok: true,
    value: {
      text: reportFindings(findings),
      hasErrors: findings.some((f) => f.severity === "error"),
    },
  };
}

const worstFirst: readonly Severity[] = ["error", "warn", "info"];

function reportFindings(findings: readonly Finding[]): string {
  const lines = worstFirst.flatMap((severity) =>
    findings
      .filter((f) => f.severity === severity)
      .map((f) => `${severity.padEnd(5)} ${describeFinding(f)}`),
  );
  lines.push(summarize(findings));
  return `${lines.join("\n")}\n`;
}

function summarize(findings: readonly Finding[]): string {
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  const errors = count("error");
  const warnings = count("warn");
  const verdict = errors === 0 ? "the plan passes" : "the plan breaks the rules";
  return `${plural(errors, "error")}, ${plural(warnings, "warning")}, ${count("info")} info: ${verdict}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
