import {
  hasFitWorkout,
  type Plan,
  planToCsv,
  planToFitZip,
  planToHtml,
  planToIcs,
  planToMarkdown,
  planWeek,
  type Result,
} from "@cairn/engine";
import { writeFileAtomically } from "./atomic-write.ts";
import { readPlanFile } from "./plan-file.ts";

export const exportFormats = ["ics", "fit", "csv", "md", "html"] as const;

export interface ExportFlags {
  format: (typeof exportFormats)[number];
  week?: number;
  out: string;
}

const writers: Record<ExportFlags["format"], (plan: Plan) => string | Uint8Array> = {
  ics: planToIcs,
  fit: planToFitZip,
  csv: planToCsv,
  md: planToMarkdown,
  html: planToHtml,
};

/** `cairn export`: the plan, or one week of it (1-based), written to `out` in a format. */
export function exportCommand(path: string, flags: ExportFlags): Result<string, string> {
  const plan = readPlanFile(path);
  if (!plan.ok) return plan;
  const selected = flags.week === undefined ? plan.value : planWeek(plan.value, flags.week);
  if (selected === undefined)
    return {
      ok: false,
      error: `--week: no week ${flags.week}: the plan has weeks 1–${plan.value.weeks.length}`,
    };
  const written = writeFileAtomically(flags.out, writers[flags.format](selected));
  if (!written.ok) return written;
  return {
    ok: true,
    value: `Exported ${describe(flags.week)} as ${describeFormat(flags.format, selected)} to ${flags.out}.`,
  };
}

const describe = (week: number | undefined): string =>
  week === undefined ? "the plan" : `week ${week}`;

/** "fit (a zip of 5 workouts)": a zip says what it holds, since rest and strength are left out. */
function describeFormat(format: ExportFlags["format"], plan: Plan): string {
  if (format !== "fit") return format;
  const count = plan.weeks
    .flatMap((week) => week.days.flatMap((day) => day.workouts))
    .filter(hasFitWorkout).length;
  return `fit (a zip of ${count} ${count === 1 ? "workout" : "workouts"})`;
}
