import {
  type Plan,
  planToCsv,
  planToHtml,
  planToIcs,
  type Result,
  renderMarkdown,
} from "@cairn/engine";
import { writeFileAtomically } from "./atomic-write.ts";
import { readPlanFile } from "./plan-file.ts";

export const exportFormats = ["ics", "csv", "md", "html"] as const;

export interface ExportFlags {
  format: (typeof exportFormats)[number];
  week?: number;
  out: string;
}

const writers: Record<ExportFlags["format"], (plan: Plan) => string> = {
  ics: planToIcs,
  csv: planToCsv,
  md: renderMarkdown,
  html: planToHtml,
};

/** `cairn export`: the plan, or one week of it (1-based), written to `out` in a format. */
export function exportCommand(path: string, flags: ExportFlags): Result<string, string> {
  const plan = readPlanFile(path);
  if (!plan.ok) return plan;
  const selected = flags.week === undefined ? plan : onlyWeek(plan.value, flags.week);
  if (!selected.ok) return selected;
  const written = writeFileAtomically(flags.out, writers[flags.format](selected.value));
  if (!written.ok) return written;
  return {
    ok: true,
    value: `Exported ${describe(flags.week)} as ${flags.format} to ${flags.out}.`,
  };
}

/** The plan keeping just one week's workouts; its goals and phase timeline stay whole. */
function onlyWeek(plan: Plan, week: number): Result<Plan, string> {
  const kept = plan.weeks[week - 1];
  if (kept === undefined)
    return {
      ok: false,
      error: `--week: no week ${week}: the plan has weeks 1–${plan.weeks.length}`,
    };
  return { ok: true, value: { ...plan, weeks: [kept] } };
}

const describe = (week: number | undefined): string =>
  week === undefined ? "the plan" : `week ${week}`;
