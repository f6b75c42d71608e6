import { type Plan, parsePlan, type Result } from "@cairn/engine";
import { writeFileAtomically } from "./atomic-write.ts";
import { describeIssues } from "./describe-issues.ts";
import { readJsonFile } from "./read-json.ts";

/** A plan file read and checked against the plan format, or one line saying what is wrong. */
export function readPlanFile(path: string): Result<Plan, string> {
  const document = readJsonFile(path);
  if (!document.ok) return document;
  const plan = parsePlan(document.value);
  if (!plan.ok) return { ok: false, error: `${path}: ${describeIssues(plan.error)}` };
  return plan;
}

/** The new plan: printed as JSON (returned as the text to print), or written to `out`. */
export function emitPlan(plan: Plan, out: string | undefined): Result<string, string> {
  const text = `${JSON.stringify(plan, null, 2)}\n`;
  if (out === undefined) return { ok: true, value: text };
  const written = writeFileAtomically(out, text);
  return written.ok ? { ok: true, value: "" } : written;
}
