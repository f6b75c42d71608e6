/** @cairn/engine — the one public entry point. */
export { generatePlan, type GenerateOptions } from "./generate.ts";
export { parsePlan, parseScenario, type Scenario } from "./parse.ts";
export { validatePlan } from "./validate/validate.ts";
export { describeFinding } from "./explain/findings.ts";
export { renderMarkdown } from "./render/markdown.ts";
export { planJsonSchema, scenarioJsonSchema } from "./schema/json-schema.ts";
export type { Finding, Severity } from "./validate/finding.ts";
export type { InputIssue } from "./schema/issues.ts";
export { formatIssue } from "./schema/issues.ts";
export type { Result } from "./result.ts";
export type { Plan, Week, Workout, Phase, PlanWarning, Step, Zone } from "./schema/plan.ts";
export type { ScenarioInput } from "./schema/scenario.ts";
