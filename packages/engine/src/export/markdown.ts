import { renderMarkdown } from "../render/markdown.ts";
import type { Plan } from "../schema/plan.ts";
import { inDisplayUnits } from "./display-units.ts";

/** The plan as Markdown for export: the same view as `renderMarkdown`, its sentences in the scenario's units. */
export const planToMarkdown = (plan: Plan): string => renderMarkdown(inDisplayUnits(plan));
