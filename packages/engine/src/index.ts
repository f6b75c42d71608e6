/** @cairn/engine — the one public entry point. */

export {
  addDays,
  daysBetween,
  epochDayOf,
  isoOf,
  isRealIsoDate,
  mondayOf,
  shortDate,
  weekdayIndex,
} from "./dates.ts";
export { describeFinding } from "./explain/findings.ts";
export { planToCsv } from "./export/csv.ts";
export { type ExportFileName, exportFileName } from "./export/file-names.ts";
export { hasFitWorkout } from "./export/fit-workout.ts";
export { type FitFile, planFitFiles, planToFitZip } from "./export/fit-zip.ts";
export { planToHtml } from "./export/html.ts";
export { planToIcs } from "./export/ics.ts";
export { planToMarkdown } from "./export/markdown.ts";
export { planWeek } from "./export/plan-week.ts";
export { type GenerateOptions, generatePlan } from "./generate.ts";
export {
  type ImportOptions,
  type ImportResult,
  importActivities,
  type TrainingFile,
} from "./import/import-activities.ts";
export type { ImportedActivity, SkippedInput } from "./import/imported-activity.ts";
export { defaultHistoryWeeks, historyWeeksOf } from "./import/weeks.ts";
export { parsePlan, parseScenario, type Scenario } from "./parse.ts";
export { isRunningSport } from "./profile/history-weeks.ts";
export type { HrZone } from "./profile/hr-zones.ts";
export type { NamedPaces } from "./profile/pace-zones.ts";
export { type ZonesReport, type ZonesRequest, zonesReport } from "./profile/zones-report.ts";
export { formatPace } from "./render/format.ts";
export { renderMarkdown } from "./render/markdown.ts";
export type { Result } from "./result.ts";
export type { InputIssue } from "./schema/issues.ts";
export { formatIssue } from "./schema/issues.ts";
export { planJsonSchema, scenarioJsonSchema } from "./schema/json-schema.ts";
export type { Phase, Plan, PlanWarning, Step, Week, Workout, Zone } from "./schema/plan.ts";
export type { Change, ChangeKind, LogEntry } from "./schema/revision.ts";
export type { HistoryWeek, ScenarioInput } from "./schema/scenario.ts";
export { addWorkout, type NewWorkout } from "./steer/add.ts";
export { applyChoice } from "./steer/choice.ts";
export { deleteWorkout, editWorkout, type WorkoutEdit } from "./steer/edit.ts";
export { editBreaksRule } from "./steer/edit-warnings.ts";
export { lockWorkout } from "./steer/lock.ts";
export { logDay } from "./steer/log.ts";
export { moveWorkout } from "./steer/move.ts";
export { type Regenerated, regenerate } from "./steer/regenerate.ts";
export { replan } from "./steer/replan.ts";
export { revise } from "./steer/revision.ts";
export type { RegenerateScope, SteerIssue } from "./steer/scope.ts";
export type { Finding, Severity } from "./validate/finding.ts";
export { validatePlan } from "./validate/validate.ts";
