import type { Plan } from "../schema/plan.ts";
import { mostImportant } from "../season/modes.ts";
import { slug } from "./ascii.ts";

/** A download's name, in ASCII and, when the goal's name has other letters, in Unicode. */
export interface ExportFileName {
  ascii: string; // "zurich-trail-50k-week-3.ics"
  unicode: string; // "zürich-trail-50k-week-3.ics"
}

/**
 * The file name of an export, from the plan's main goal (the peaked one, else the best
 * priority and longest race) and the week when only one is exported.
 */
export function exportFileName(plan: Plan, extension: string, week?: number): ExportFileName {
  const peaks = plan.goals.filter((goal) => goal.mode === "peak");
  const main = mostImportant(peaks.length > 0 ? peaks : plan.goals, (goal) => goal);
  const name = main?.name ?? main?.id ?? "plan";
  const suffix = week === undefined ? "" : `-week-${week}`;
  const named = (part: string) => `${part || "plan"}${suffix}.${extension}`;
  return { ascii: named(slug(name)), unicode: named(slug(name, 40, true)) };
}
