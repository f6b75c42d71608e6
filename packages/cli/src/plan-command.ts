import { type GenerateOptions, generatePlan, type Result, renderMarkdown } from "@cairn/engine";
import { describeIssues } from "./describe-issues.ts";
import { readJsonFile } from "./read-json.ts";

export const planFormats = ["json", "md"] as const;
export type PlanFormat = (typeof planFormats)[number];

export interface PlanFlags {
  format: PlanFormat;
  today: string;
  seed?: number;
}

/** `cairn plan`: scenario file → the plan as JSON or Markdown, or one line saying what is wrong. */
export function planCommand(scenarioPath: string, flags: PlanFlags): Result<string, string> {
  const scenario = readJsonFile(scenarioPath);
  if (!scenario.ok) return scenario;
  const options: GenerateOptions = { today: flags.today };
  if (flags.seed !== undefined) options.seed = flags.seed;
  const plan = generatePlan(scenario.value, options);
  if (!plan.ok) return { ok: false, error: describeIssues(plan.error) };
  const text =
    flags.format === "md" ? renderMarkdown(plan.value) : `${JSON.stringify(plan.value, null, 2)}\n`;
  return { ok: true, value: text };
}
