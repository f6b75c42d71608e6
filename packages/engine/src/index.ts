/** @cairn/engine — the one public entry point. */

export { describeFinding } from "./explain/findings.ts";
export { type GenerateOptions, generatePlan } from "./generate.ts";
export { parsePlan, parseScenario, type Scenario } from "./parse.ts";
export { renderMarkdown } from "./render/markdown.ts";
export type { Result } from "./result.ts";
export type { InputIssue } from "./schema/issues.ts";
export { formatIssue } from "./schema/issues.ts";
export { planJsonSchema, scenarioJsonSchema } from "./schema/json-schema.ts";
export type { Phase, Plan, PlanWarning, Step, Week, Workout, Zone } from "./schema/plan.ts";
export type { ScenarioInput } from "./schema/scenario.ts";
export type { Finding, Severity } from "./validate/finding.ts";
export { validatePlan } from "./validate/validate.ts";
